import type { IsoDay } from "../model/day";

/** A date found in a line of text, with where it stood (so the earliest mention can win). */
export interface FoundDate {
	/** The day it names; of a period or range, its first day. */
	date: IsoDay;
	/** The last day of a period or range (`KW 49`, `10.–12.12.`), else null. */
	end: IsoDay | null;
	index: number;
	length: number;
	/** The year was written out; a written year always wins over the nearest-year rule. */
	yearWritten: boolean;
	/** Counted from the reference ("morgen", "in 2 Wochen") rather than naming a day of a month. */
	relative: boolean;
	/** Which parser found it, for tests and debugging. */
	source: string;
}

/** The earliest of `best` and `found`; on a tie, the one seen first. Indexed: no iterator per call on the hot path. */
export function earliest(found: readonly FoundDate[], best: FoundDate | null = null): FoundDate | null {
	for (let i = 0; i < found.length; i++) {
		const f = found[i] as FoundDate;
		if (!best || f.index < best.index) best = f;
	}
	return best;
}

/** The result of most parser runs; shared, so that a line without a date allocates nothing. */
export const NO_DATES: readonly FoundDate[] = Object.freeze([]);

/** The finds of several patterns of one parser, without a new array where at most one found something. */
export function allFound(...lists: ReadonlyArray<readonly FoundDate[]>): readonly FoundDate[] {
	let only = NO_DATES;
	let count = 0;
	for (const list of lists) {
		if (list.length === 0) continue;
		only = list;
		count++;
	}
	return count <= 1 ? only : lists.flat();
}
