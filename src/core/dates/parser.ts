import type { IsoDay } from "../model/day";
import { mayMatch } from "../text/literal-gate";
import { NO_DATES, type FoundDate } from "./found";

/** One small parser in the style of chrono-node: finds every date of its own form in a text. */
export interface DateParser {
	name: string;
	/** Every pattern `find` scans with: a line none of them can match needs no look at all. */
	patterns: readonly RegExp[];
	find(text: string, reference: IsoDay): readonly FoundDate[];
}

/** Where a match stands without its leading boundary character, and its groups after it. */
export interface ScanMatch {
	groups: Array<string | undefined>;
	index: number;
	length: number;
}

/**
 * Runs a global regular expression and maps each match, dropping the ones that give no date.
 * Patterns start with a boundary group `(^|[^…])` instead of a lookbehind, which iOS before 16.4
 * does not support; the match is reported without that character.
 */
export function scan(text: string, pattern: RegExp, toDate: (m: ScanMatch) => FoundDate | null): readonly FoundDate[] {
	if (!mayMatch(text, pattern)) return NO_DATES;
	const found: FoundDate[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		const lead = (m[1] ?? "").length;
		const f = toDate({ groups: m.slice(2), index: m.index + lead, length: m[0].length - lead });
		if (f) found.push(f);
	}
	return found;
}
