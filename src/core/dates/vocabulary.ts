/**
 * The words dates are written with, German and English, in one place (as chrono-node keeps its locale
 * constants): every parser, the weekday rules and the prefilter build their patterns from these lists,
 * so `Ende nächster Woche` and `Ende nächste Woche` cannot drift apart. Keys are lower case.
 */

/** Weekday names and their dotted abbreviations to ISO weekday numbers (Monday 1 … Sunday 7). */
const WEEKDAY_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
	[1, ["montag", "monday", "mo.", "mon."]],
	[2, ["dienstag", "tuesday", "di.", "tue.", "tues."]],
	[3, ["mittwoch", "wednesday", "mi.", "wed."]],
	[4, ["donnerstag", "thursday", "do.", "thu.", "thur.", "thurs."]],
	[5, ["freitag", "friday", "fr.", "fri."]],
	[6, ["samstag", "sonnabend", "saturday", "sa.", "sat."]],
	[7, ["sonntag", "sunday", "so.", "sun."]],
];

export const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_WORDS.flatMap(([n, names]) => names.map((name) => [name, n])));

/** Full names only, as an alternation (abbreviations need their dot and are matched separately). */
export const WEEKDAY_NAMES = WEEKDAY_WORDS.flatMap(([, names]) => names.filter((n) => !n.endsWith("."))).join("|");
/** The dotted abbreviations, escaped for a pattern: `mo\.|mon\.|…`. */
export const WEEKDAY_ABBREVIATIONS = WEEKDAY_WORDS.flatMap(([, names]) => names.filter((n) => n.endsWith(".")).map((n) => n.replace(".", "\\."))).join("|");
/** Abbreviations without a dot, as written (case matters: `So` may be Sunday, `so` never is). */
export const SHORT_WEEKDAYS: Readonly<Record<string, number>> = { Mo: 1, Di: 2, Mi: 3, Do: 4, Fr: 5, Sa: 6, So: 7 };
/** Every weekday abbreviation without its dot, German and English: alone, prose reads them as words (`so`, `do`, `sun`). */
export const BARE_ABBREVIATIONS = WEEKDAY_WORDS.flatMap(([, names]) => names.filter((n) => n.endsWith(".")).map((n) => n.slice(0, -1)));

/** Month names and abbreviations to 1–12. */
const MONTH_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
	[1, ["januar", "jänner", "jan", "january"]],
	[2, ["februar", "feb", "february"]],
	[3, ["märz", "maerz", "mär", "march", "mar"]],
	[4, ["april", "apr"]],
	[5, ["mai", "may"]],
	[6, ["juni", "jun", "june"]],
	[7, ["juli", "jul", "july"]],
	[8, ["august", "aug"]],
	[9, ["september", "sept", "sep"]],
	[10, ["oktober", "okt", "october", "oct"]],
	[11, ["november", "nov"]],
	[12, ["dezember", "dez", "december", "dec"]],
];

export const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_WORDS.flatMap(([n, names]) => names.map((name) => [name, n])));

const longestFirst = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).join("|");
/** Alternation for regular expressions, longest first so `juni` wins over `jun`. */
export const MONTH_PATTERN = longestFirst([...MONTHS.keys()]);
/** Names no other word shares: `in Jan` or `in Mar` may be anything, `im Dezember` is the month. */
export const FULL_MONTH_NAMES = longestFirst([...MONTHS.keys()].filter((name) => (name.length >= 4 && name !== "sept") || name === "mai" || name === "may"));

/**
 * Words that count weeks, months or weekdays from the reference, by how many ahead they look. German
 * ones are inflected (`nächste`, `nächsten`, `nächster`, `nächstes`, `nächstem`): see `inflected`.
 */
export const RELATIVE_DE = {
	afterNext: ["übernächste", "uebernächste", "übernaechste", "uebernaechste"],
	next: ["nächste", "naechste", "kommende"],
	this: ["diese"],
	past: ["letzte", "vergangene", "vorige"],
} as const;
export const RELATIVE_EN = {
	next: ["next"],
	this: ["this"],
	past: ["last", "past", "previous"],
} as const;

/** German words with every ending an adjective takes before a noun: `(?:nächste|…)[nmrs]?`. */
export const inflected = (words: readonly string[]) => `(?:${words.join("|")})[nmrs]?`;

/** Next week, or the one after: `übernächste`, `nächsten`, `kommende`. */
export const NEXT_DE = inflected([...RELATIVE_DE.afterNext, ...RELATIVE_DE.next]);
export const PAST_WORDS = `${inflected(RELATIVE_DE.past)}|${RELATIVE_EN.past.join("|")}`;
/** Every word that places a weekday: next, this, last, in both languages. */
export const WEEKDAY_MODIFIERS = `${inflected([...RELATIVE_DE.afterNext, ...RELATIVE_DE.next, ...RELATIVE_DE.this])}|${RELATIVE_EN.next[0]}|${RELATIVE_EN.this[0]}|${PAST_WORDS}`;
export const AFTER_NEXT_WORD = /^(?:über|ueber)/i;

/** How many weeks or months ahead a word looks: `diese` 0, `nächste` 1, `übernächste` 2; null for other words. */
export function aheadOf(word: string): number | null {
	const lower = word.toLowerCase();
	const w = /e[nmrs]$/.test(lower) ? lower.slice(0, -1) : lower;
	if ((RELATIVE_DE.afterNext as readonly string[]).includes(w)) return 2;
	if ((RELATIVE_DE.next as readonly string[]).includes(w) || w === "next") return 1;
	if (w === "diese" || w === "this") return 0;
	return null;
}

/** Days counted from the reference: heute, morgen, übermorgen, gestern; today, tomorrow, yesterday. */
export const DAY_WORDS: Readonly<Record<string, number>> = {
	heute: 0,
	today: 0,
	morgen: 1,
	tomorrow: 1,
	übermorgen: 2,
	uebermorgen: 2,
	"the day after tomorrow": 2,
	"day after tomorrow": 2,
	gestern: -1,
	yesterday: -1,
	vorgestern: -2,
};
/** The day words, longest first so `übermorgen` wins over `morgen`. */
export const DAY_WORD_PATTERN = longestFirst(Object.keys(DAY_WORDS));

/** Numbers written as words, for `in zwei Wochen`, `in a week`. */
export const WORD_NUMBERS: Readonly<Record<string, number>> = {
	einem: 1,
	einer: 1,
	eins: 1,
	ein: 1,
	a: 1,
	an: 1,
	one: 1,
	zwei: 2,
	two: 2,
	drei: 3,
	three: 3,
	vier: 4,
	four: 4,
	fünf: 5,
	fuenf: 5,
	five: 5,
	sechs: 6,
	six: 6,
	sieben: 7,
	seven: 7,
	acht: 8,
	eight: 8,
	neun: 9,
	nine: 9,
	zehn: 10,
	ten: 10,
};
/** Digits or a number word, as a pattern. */
export const NUMBER = `\\d{1,3}|${Object.keys(WORD_NUMBERS)
	.sort((a, b) => b.length - a.length)
	.join("|")}`;

/** The part of a period a word names: `Anfang`, `Mitte`, `Ende`; `early`, `mid`, `end of`. */
export type Part = "start" | "middle" | "end";
export const PARTS: Readonly<Record<string, Part>> = {
	anfang: "start",
	mitte: "middle",
	ende: "end",
	"beginning of": "start",
	early: "start",
	"middle of": "middle",
	mid: "middle",
	"end of": "end",
	late: "end",
};
/** The German part words and the English ones, as alternations. */
export const PART_DE = "anfang|mitte|ende";
export const PART_EN = "beginning of|early|middle of|mid|end of|late";

/** Period units: of their German genitive and compound forms (`des Monats`, `Quartalsende`) and the English. */
export const UNITS_DE = { week: "woche", month: "monats?", quarter: "quartals?", year: "jahres" } as const;
export const UNITS_DE_COMPOUND = "wochen|monats|quartals|jahres";
export const UNITS_EN = "week|month|quarter|year";
/** Calendar weeks: `KW 49`, `Kalenderwoche 49`, `CW 49`, `calendar week 49`, `week 49`. */
export const CALENDAR_WEEK = "KW|Kalenderwoche|CW|calendar week|week";

/** Words before a date that say what it is to the activity (see context-words). */
export const REFERENCE_WORDS = ["vom", "seit", "laut", "gemäß", "gemaess", "from", "since"] as const;
/** `wg. Termin 15.11.`: a reason, with up to three words before its date. */
export const BECAUSE_WORDS = ["wg\\.", "wegen"] as const;
export const DEADLINE_WORDS = ["bis", "spätestens", "spaetestens", "am", "by", "due", "until"] as const;
/** What may stand between a deadline word and its date: `bis zum`, `bis spätestens`. */
export const DEADLINE_JOINERS = ["zum", "zur", "am", "den", "spätestens", "spaetestens"] as const;
/** Before `4.12` without its final dot, a date is meant (`am 4.12`, `bis 4.12`). */
export const DATE_PREPOSITIONS = ["am", "bis", "ab", "zum", "vom", "den"] as const;
