import type { IsoDay } from "../model/day";
import { best, clauseTest, requiredLiterals } from "../text/required-literals";
import type { FoundDate } from "./found";

/** One small parser in the style of chrono-node: finds every date of its own form in a text. */
export interface DateParser {
	name: string;
	/** Every pattern `find` scans with: a line none of them can match needs no look at all. */
	patterns: readonly RegExp[];
	find(text: string, reference: IsoDay): FoundDate[];
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
export function scan(text: string, pattern: RegExp, toDate: (m: ScanMatch) => FoundDate | null): FoundDate[] {
	const found: FoundDate[] = [];
	if (!mayMatch(text, pattern)) return found;
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		const lead = (m[1] ?? "").length;
		const f = toDate({ groups: m.slice(2), index: m.index + lead, length: m[0].length - lead });
		if (f) found.push(f);
	}
	return found;
}

const testOf = new WeakMap<RegExp, { holds: ((text: string) => boolean) | null; folds: boolean }>();

/**
 * Whether the text holds the literals every match of the pattern needs (a digit and "-", "kw", "mitte"). Most lines
 * hold no date of a given form, and a few `includes()` are far cheaper than a Unicode regular expression.
 */
export function mayMatch(text: string, pattern: RegExp): boolean {
	let entry = testOf.get(pattern);
	if (!entry) {
		const folds = pattern.flags.includes("i");
		const clauses = requiredLiterals(pattern.source)?.map((clause) => clause.map((s) => (folds ? s.toLowerCase() : s)));
		entry = { holds: clauses ? clauseTest(clauses) : null, folds };
		testOf.set(pattern, entry);
	}
	if (!entry.holds) return true;
	return entry.holds(entry.folds ? lowered(text) : text);
}

let lastText = "";
let lastLower = "";

/** Every parser of a line sees the same text: it is lower-cased once. "ſ" matches "s" under the i flag, but toLowerCase() keeps it. */
function lowered(text: string): string {
	if (text !== lastText) [lastText, lastLower] = [text, text.includes("ſ") ? text.toLowerCase().replace(/ſ/g, "s") : text.toLowerCase()];
	return lastLower;
}

/**
 * Whether a text may match any of the patterns, by one test for the union of each pattern's strongest
 * literals (lower-cased, which only widens the test); null when some pattern promises no literal.
 */
export function mayMatchAny(patterns: readonly RegExp[]): ((text: string) => boolean) | null {
	const strings = new Set<string>();
	for (const pattern of patterns) {
		const clauses = requiredLiterals(pattern.source);
		if (!clauses) return null;
		for (const s of best(clauses)) strings.add(s.toLowerCase());
	}
	const holds = clauseTest([[...strings]]);
	return (text) => holds(lowered(text));
}
