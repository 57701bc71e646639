import { describe, expect, it } from "vitest";
import { span } from "./helpers";

describe("reference words and deadline words", () => {
	it.each([
		["Angebot vom 20.11. nachfassen, spätestens Freitag", "2026-11-27"],
		["Rückruf morgen wg. Termin 15.11.", "2026-11-24"],
		["Angebot seit 2026-11-02 offen, bis 2026-12-01 entscheiden", "2026-12-01"],
		["Lieferung 1.12., spätestens 5.12.", "2026-12-05"],
		["Besuch 1.12., Angebot bis zum 5.12.", "2026-12-05"],
		["laut Mail vom 12.11. Angebot am 3.12.", "2026-12-03"],
		["call since Monday, due Friday", "2026-11-27"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	// The line opens with a date of one parser, and another parser of the same form finds the deadline.
	it.each([
		["KW 49 Angebot schicken, spätestens Freitag", "2026-11-27"],
		["10.–12.12. Messe, bis 5.12. anmelden", "2026-12-05"],
		["Ende Januar Rahmenvertrag, bis Mittwoch Entwurf an Frau Roth", "2026-11-25"],
	])("%s → %s: a deadline later in the line wins over the date that opens it", (text, expected) => expect(span(text)).toBe(expected));

	it.each(["wg. Lieferung vom 12.11.", "Reklamation laut Schreiben vom 10.11.", "Bezug: Angebot gemäß 2026-11-02", "seit Montag krank"])(
		"%s has no date of its own",
		(text) => expect(span(text)).toBeNull(),
	);

	it("a range's vom and bis are neither", () => {
		expect(span("vom 10. bis 12.12.")).toBe("2026-12-10…2026-12-12");
		expect(span("10. bis 22. Oktober")).toBe("2026-10-10…2026-10-22");
	});

	it("headings and field values keep their first date (a heading's date is its reference)", async () => {
		const { dates, REF } = await import("./helpers");
		expect(dates.firstDate("## Protokoll vom 2026-11-02", REF)?.date).toBe("2026-11-02");
	});
});
