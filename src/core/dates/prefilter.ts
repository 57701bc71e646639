import { MONTH_PATTERN } from "./months";

/**
 * Cheap checks that say whether a line may hold a natural-language date. chrono-node costs about
 * a hundred times a plain read of the line, so it only sees lines that pass these.
 */
const BOUND_L = "(?:^|[^\\p{L}])";
const BOUND_R = "(?![\\p{L}])";
const GERMAN_WORDS = [
	"heute", "morgen", "übermorgen", "uebermorgen", "gestern", "vorgestern",
	"montags?", "dienstags?", "mittwochs?", "donnerstags?", "freitags?", "samstags?", "sonnabend", "sonntags?",
	"(?:mo|di|mi|do|fr|sa|so)\\.",
	"nächste[nmrs]?", "naechste[nmrs]?", "kommende[nmrs]?", "letzte[nmrs]?", "vergangene[nmrs]?",
	"in\\s+(?:\\d+|einer?|zwei|drei|vier)\\s+(?:tag|tagen|woche|wochen|monat|monaten|jahr|jahren)",
	"wochenende",
];
const ENGLISH_WORDS = [
	"today", "tomorrow", "yesterday", "tonight",
	"mondays?", "tuesdays?", "wednesdays?", "thursdays?", "fridays?", "saturdays?", "sundays?",
	"(?:mon|tue|wed|thu|fri|sat|sun)\\.",
	"next", "last", "this\\s+(?:week|month|\\p{L}+day)",
	"in\\s+(?:\\d+|an?|one|two|three|four)\\s+(?:days?|weeks?|months?|years?)",
	"\\d+\\s+(?:days?|weeks?)\\s+(?:from now|ago|later)",
	"weekend",
];

const DAY_MONTH = `\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_PATTERN})`;
const MONTH_DAY = `(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)`;

const GERMAN = new RegExp(`${BOUND_L}(?:${GERMAN_WORDS.join("|")}|${DAY_MONTH})${BOUND_R}`, "iu");
const ENGLISH = new RegExp(`${BOUND_L}(?:${ENGLISH_WORDS.join("|")}|${DAY_MONTH}|${MONTH_DAY})${BOUND_R}`, "iu");

export function mayHoldGermanDate(text: string): boolean {
	return GERMAN.test(text);
}

export function mayHoldEnglishDate(text: string): boolean {
	return ENGLISH.test(text);
}
