import type { IsoDay } from "../../model/day";

/** What chrono-node found, reduced to plain data so that refiners are pure and testable without chrono. */
export interface NaturalMatch {
	text: string;
	index: number;
	/** The text before and after the match, for context checks ("am Morgen", "letzten Freitag"). */
	before: string;
	after: string;
	/** Components the text states. */
	known: { year?: number; month?: number; day?: number; weekday?: number };
	/** The full date chrono resolved against the reference (implied parts filled in). */
	resolved: IsoDay | null;
}

/** A refiner decides about a match (a date, or `null` to reject it) or passes it on (`undefined`); `forward`: the line is an open task (see `year-nearest`). */
export type Refiner = (match: NaturalMatch, reference: IsoDay, forward: boolean) => IsoDay | null | undefined;
