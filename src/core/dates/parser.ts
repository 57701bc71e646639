import type { IsoDay } from "../model/day";
import { clauseTest, requiredLiterals } from "../text/required-literals";
import type { FoundDate } from "./found";

/** One small parser in the style of chrono-node: finds every date of its own form in a text. */
export interface DateParser {
	name: string;
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
let lastText = "";
let lastLower = "";

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
	let subject = text;
	if (entry.folds) {
		// Every parser of a line sees the same text: lower-case it once.
		// "ſ" matches "s" under the i flag, but toLowerCase() keeps it.
		if (text !== lastText) [lastText, lastLower] = [text, text.includes("ſ") ? text.toLowerCase().replace(/ſ/g, "s") : text.toLowerCase()];
		subject = lastLower;
	}
	return entry.holds(subject);
}
