import type { IsoDay } from "../model/day";

/** A date found in a line of text, with where it stood (so the earliest mention can win). */
export interface FoundDate {
	date: IsoDay;
	index: number;
	length: number;
	/** The year was written out; a written year always wins over the nearest-year rule. */
	yearWritten: boolean;
	/** Counted from the reference ("morgen", "in 2 Wochen") rather than naming a day of a month. */
	relative: boolean;
	/** Which parser found it, for tests and debugging. */
	source: string;
}

export function earliest(found: readonly FoundDate[]): FoundDate | null {
	let best: FoundDate | null = null;
	for (const f of found) if (!best || f.index < best.index) best = f;
	return best;
}
