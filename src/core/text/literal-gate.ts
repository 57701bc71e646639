import { best, clauseTest, requiredLiterals } from "./required-literals";

/**
 * A cheap test run before a Unicode regular expression: false when the text lacks a literal every match
 * needs ("kw", "mitte", a digit and "-"). Most texts hold none, and a few `includes()` or one plain
 * regular expression cost far less. Always true for a pattern that promises no literal.
 */
export function literalGate(pattern: RegExp): (text: string) => boolean {
	const folds = pattern.flags.includes("i");
	const clauses = requiredLiterals(pattern.source)?.map((clause) => clause.map((s) => (folds ? s.toLowerCase() : s)));
	if (!clauses) return () => true;
	const holds = clauseTest(clauses);
	return folds ? (text) => holds(lowered(text)) : holds;
}

/**
 * Whether a text may match any of the patterns, by one test for the union of each pattern's strongest
 * literals (lower-cased, which only widens the test); null when some pattern promises no literal.
 * `literals` are added as they are: strings some caller declared instead of letting them be read from a pattern.
 */
export function mayMatchAny(patterns: readonly RegExp[], literals: readonly string[] = []): ((text: string) => boolean) | null {
	const strings = new Set<string>(literals.map((s) => s.toLowerCase()));
	for (const pattern of patterns) {
		const clauses = requiredLiterals(pattern.source);
		if (!clauses) return null;
		for (const s of best(clauses)) strings.add(s.toLowerCase());
	}
	const holds = clauseTest([[...strings]]);
	return (text) => holds(lowered(text));
}

// Module state on purpose, and harmless: one string pair, not a growing cache, and lowered() is a pure
// function of its argument, so whichever caller ran last changes only the cost of the next call, never its result.
let lastText = "";
let lastLower = "";

/** Every gate of a line sees the same text: it is lower-cased once. "ſ" matches "s" under the i flag, but toLowerCase() keeps it. */
function lowered(text: string): string {
	if (text !== lastText) {
		lastLower = text.includes("ſ") ? text.toLowerCase().replace(/ſ/g, "s") : text.toLowerCase();
		lastText = text;
	}
	return lastLower;
}
