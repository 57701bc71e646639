import type { FoundDate } from "../dates/found";
import type { IsoDay } from "../model/day";
import { isEnglishPhrase } from "./phrase-language";
import { ENGLISH_MONTHS, GERMAN_MONTHS, writeDayLike, writeDayWithYear } from "./rewrite-day";

// Words that belong to the old phrase and go with it (`in KW 49`, `zum Monatsende`, `by the end of the month`).
const GOES = new Set([
	"am",
	"im",
	"in",
	"an",
	"um",
	"zum",
	"zur",
	"vom",
	"gegen",
	"für",
	"der",
	"des",
	"dem",
	"den",
	"die",
	"on",
	"at",
	"for",
	"the",
	"of",
	"during",
	"within",
]);
// Words that say how the day counts and stay before the new one (`bis morgen` → `bis 4. Dezember`).
const STAYS = new Set(["bis", "ab", "vor", "nach", "spätestens", "frühestens", "by", "until", "till", "before", "after", "from"]);
// A word before the phrase, with the blanks after it.
const LAST_WORD = /(\p{L}+)(\s+)$/u;
// Words are short: looking this far back keeps the search linear in the line.
const WORD_REACH = 40;
// A Dataview field's value up to where the phrase starts: `[fällig:: ` or `(due:: bis `.
const FIELD_VALUE = /[[(][^\][()]*?::[ \t]*([^\][()]*)$/u;
// The last day of a numeric range: `10.–12.12.` → `12.12.`, `vom 10. bis 12.12.2026` → `12.12.2026`.
const RANGE_END = /(?:[–—-]|\bbis\s)\s*(\d{1,2}\.\d{1,2}\.?(?:\d{4}|\d{2})?)$/u;

/**
 * The texts that name `date` where a phrase named the old day or period (`morgen`, `nächsten
 * Dienstag`, `KW 49`, `im Dezember`, `10.–12.12.`, `next Tuesday`), most natural first: the day in
 * the phrase's language (`am 4. Dezember`, `on December 4`), with its year only as the second choice
 * (the caller keeps the first that reads as `date`). The phrase's own preposition goes with it, one
 * that says how the day counts stays (`bis morgen` → `bis 4. Dezember`); a range or period becomes
 * that one day. Inside a Dataview field the value becomes the ISO day, as fields are written.
 */
export function phraseReplacements(text: string, found: FoundDate, date: IsoDay): string[] {
	let start = found.index;
	let end = found.index + found.length;
	const field = FIELD_VALUE.exec(text.slice(0, start));
	if (field) {
		const value = start - (field[1] as string).length;
		while (end < text.length && !"])".includes(text.charAt(end))) end++;
		const blanks = /\s*$/.exec(text.slice(value, end))?.[0] ?? "";
		return [`${text.slice(0, value)}${date}${blanks}${text.slice(end)}`];
	}
	const phrase = text.slice(start, end);
	for (let word = wordBefore(text, start); word && GOES.has(word.word); word = wordBefore(text, start)) start -= word.length;
	const before = text.slice(0, start);
	const stays = STAYS.has(wordBefore(text, start)?.word ?? "");
	const english = isEnglishPhrase(text.slice(start, end), text);
	// At the start, the writer's case: `morgen anrufen` → `am 4. Dezember anrufen`, `Morgen …` → `Am …`.
	const first = text.charAt(start);
	const opening = (before.trim() === "" || /[.!?]\s+$/.test(before)) && first === first.toUpperCase();
	const preposition = stays ? "" : english ? (opening ? "On " : "on ") : opening ? "Am " : "am ";
	return daysLike(phrase, date, english).map((day) => `${before}${preposition}${day}${text.slice(end)}`);
}

/** The day as words, without and then with its year; a numeric range as its last day was written. */
function daysLike(phrase: string, date: IsoDay, english: boolean): string[] {
	const rangeEnd = RANGE_END.exec(phrase)?.[1];
	const numeric = rangeEnd === undefined ? null : writeDayLike(rangeEnd, date);
	if (rangeEnd !== undefined && numeric !== null) return [numeric, writeDayWithYear(rangeEnd, date)].filter((day) => day !== null);
	const [year, month, day] = date.split("-").map(Number) as [number, number, number];
	if (english) {
		const name = ENGLISH_MONTHS[month - 1] as string;
		return [`${name} ${day}`, `${name} ${day}, ${year}`];
	}
	const name = GERMAN_MONTHS[month - 1] as string;
	return [`${day}. ${name}`, `${day}. ${name} ${year}`];
}

/** The word that ends right before `at` (lower case), and how many characters it takes with its blanks. */
function wordBefore(text: string, at: number): { word: string; length: number } | null {
	const found = LAST_WORD.exec(text.slice(Math.max(0, at - WORD_REACH), at));
	return found ? { word: (found[1] as string).toLowerCase(), length: found[0].length } : null;
}
