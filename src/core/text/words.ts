import { clauseTest, requiredLiterals } from "./required-literals";

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
	// Case-insensitive patterns would need the text lower-cased first, which costs what the check saves.
	const clauses = flags.includes("i") ? null : requiredLiterals(body);
	if (!clauses) return { test: (text) => regex.test(text) };
	const mayMatch = clauseTest(clauses);
	return { test: (text) => mayMatch(text) && regex.test(text) };
}
