import { literalGate } from "./literal-gate";

/**
 * Word-boundary regular expressions that understand German letters (JavaScript's `\b` knows only ASCII).
 * `words("rueckruf\\w*")` matches "rueckruf" and "rueckrufs" as whole words, never inside another word.
 * The left boundary is a group, not a lookbehind (iOS before 16.4 has none): use these for testing,
 * not for positions.
 */
const LEFT = "(?:^|[^\\p{L}\\p{N}])";
const RIGHT = "(?![\\p{L}\\p{N}])";

/** A whole-word test. Most texts lack every literal the pattern needs, and `includes()` says so cheaply. */
export interface WordPattern {
	test(text: string): boolean;
}

export function words(pattern: string, flags = ""): WordPattern {
	const body = pattern.replace(/\\w/g, "\\p{L}");
	const regex = new RegExp(`${LEFT}(?:${body})${RIGHT}`, `u${flags}`);
	const mayMatch = literalGate(regex);
	return { test: (text) => mayMatch(text) && regex.test(text) };
}
