// Preloaded (node --require) into every CLI process the tests start: the machine's clock there is
// pinned to the same far-away moment as in the test workers, so a CLI run without --today cannot
// pass by reading the real day. The CLI measures no time, so the moment stands still.
const pinned = Date.parse(process.env.KUNDENDOSSIER_TEST_NOW ?? "2031-07-15T10:00:00Z");
const RealDate = Date;
class PinnedDate extends RealDate {
	constructor(...args) {
		if (args.length === 0) super(pinned);
		else super(...args);
	}
	static now() {
		return pinned;
	}
}
globalThis.Date = PinnedDate;
