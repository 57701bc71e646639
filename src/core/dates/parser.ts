import type { IsoDay } from "../model/day";
import { nextMatch, type Bounded } from "../text/bounded";
import { mayMatchAny } from "../text/literal-gate";
import { NO_DATES, type FoundDate } from "./found";

/** One small parser in the style of chrono-node: finds every date of its own form in a text. */
export interface DateParser {
	name: string;
	/** Every pattern `find` scans with (the bodies of its bounded patterns): a line none of them can match needs no look at all. */
	patterns: readonly RegExp[];
	/**
	 * The parser's own cheap test, for patterns whose literals are too common to share its tier's
	 * (case-sensitive `Di`, `Q1`): it is asked only when this passes, and its patterns stay out of the tier's test.
	 */
	mayHold?: (text: string) => boolean;
	/** Strings one of which every match holds (any case), declared from the vocabulary; without them the tier reads them from `patterns`. */
	literals?: readonly string[];
	/** `forward`: the line is an open task, so a date without a year looks ahead (see `year-nearest`). */
	find(text: string, reference: IsoDay, forward?: boolean): readonly FoundDate[];
}

/** One cheap test whether any of the parsers may find something (parsers with their own `mayHold` are left to it); null when one promises no literal. */
export function tierGate(parsers: readonly DateParser[]): ((text: string) => boolean) | null {
	const shared = parsers.filter((parser) => !parser.mayHold);
	if (shared.length === 0) return () => false;
	return mayMatchAny(
		shared.flatMap((parser) => (parser.literals ? [] : parser.patterns)),
		shared.flatMap((parser) => parser.literals ?? []),
	);
}

/** Where a match stands, and its groups. */
export interface ScanMatch {
	groups: Array<string | undefined>;
	index: number;
	length: number;
}

/**
 * Runs a bounded pattern (a left word boundary that knows Unicode letters, see `bounded`) and maps
 * each match, dropping the ones that give no date.
 */
export function scan(text: string, pattern: Bounded, toDate: (m: ScanMatch) => FoundDate | null): readonly FoundDate[] {
	let found: FoundDate[] | null = null;
	pattern.body.lastIndex = 0;
	for (let m = nextMatch(pattern, text); m; m = nextMatch(pattern, text)) {
		const f = toDate({ groups: m.slice(1), index: m.index, length: m[0].length });
		if (f) (found ??= []).push(f);
	}
	return found ?? NO_DATES;
}
