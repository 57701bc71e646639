import type { NaturalMatch } from "../../../../src/core/dates/refiners/refiner";

/** A chrono-node match as the refiners see it; only what a test names is set. */
export const match = (text: string, known: NaturalMatch["known"], around: Partial<NaturalMatch> = {}): NaturalMatch => ({
	text,
	index: 0,
	before: "",
	after: "",
	known,
	resolved: null,
	...around,
});
