import { inflected, MONTH_PATTERN, RELATIVE_DE, RELATIVE_EN } from "./vocabulary";
import { bounded, testBounded } from "../text/bounded";

/**
 * Cheap checks that say whether a line may hold a natural-language date. chrono-node costs about
 * a hundred times a plain read of the line, so it only sees lines that pass these.
 */
const BOUND_R = "(?![\\p{L}])";
// Weekdays, heute/morgen/übermorgen/gestern and "in N Tagen" are read by our own parsers (natural.ts),
// so they alone never send a line to chrono-node; what is left here is the long tail.
const GERMAN_WORDS = [inflected([...RELATIVE_DE.next, ...RELATIVE_DE.past]), "wochenende"];
const ENGLISH_WORDS = [
	"tonight",
	...RELATIVE_EN.next,
	RELATIVE_EN.past[0],
	`${RELATIVE_EN.this[0]}\\s+(?:week|month|\\p{L}+day)`,
	"\\d+\\s+(?:days?|weeks?)\\s+(?:from now|ago|later)",
	"weekend",
];

const DAY_MONTH = `\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_PATTERN})`;
const MONTH_DAY = `(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)`;

const GERMAN = bounded("\\p{L}", new RegExp(`(?:${GERMAN_WORDS.join("|")}|${DAY_MONTH})${BOUND_R}`, "iu"));
const ENGLISH = bounded("\\p{L}", new RegExp(`(?:${ENGLISH_WORDS.join("|")}|${DAY_MONTH}|${MONTH_DAY})${BOUND_R}`, "iu"));

/** What sends a line to chrono-node at all. */
export const PREFILTERS: readonly RegExp[] = [GERMAN.body, ENGLISH.body];

export function mayHoldGermanDate(text: string): boolean {
	return testBounded(GERMAN, text);
}

export function mayHoldEnglishDate(text: string): boolean {
	return testBounded(ENGLISH, text);
}
