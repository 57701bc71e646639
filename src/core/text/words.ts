/**
 * Word-boundary regular expressions that understand German letters (JavaScript's `\b` knows only ASCII).
 * `words("rueckruf\\w*")` matches "rueckruf" and "rueckrufs" as whole words, never inside another word.
 * The left boundary is a group, not a lookbehind (iOS before 16.4 has none): use these for testing,
 * not for positions.
 */
const LEFT = "(?:^|[^\\p{L}\\p{N}])";
const RIGHT = "(?![\\p{L}\\p{N}])";

export function words(pattern: string, flags = ""): RegExp {
	const body = pattern.replace(/\\w/g, "\\p{L}");
	return new RegExp(`${LEFT}(?:${body})${RIGHT}`, `u${flags}`);
}
