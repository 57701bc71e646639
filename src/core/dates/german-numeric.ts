import { isValidDay, toIsoDay } from "./day";
import { allFound, NO_DATES } from "./found";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { DATE_PREPOSITIONS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from "./vocabulary";
import { expandYear, nearestYear } from "./year-nearest";

/**
 * German numeric dates: `23.11.2026`, `23.11.26`, `23.11.` (chrono-node misses the last one), `04/12/2026`
 * and `30-12-16`. A two-digit year follows the dot directly (`1.12. 10 Uhr` is no year 2010). Without a year the date ends in a dot, so `2.1` or `3.5 Tonnen` stay numbers; the left
 * guard keeps version numbers (`v2.1.`, `Version 1.2.`) and decimals (`1.2.3.`) out. `4.12` without the
 * dot counts only where nothing else can be meant: at the start of the text (after leading links or
 * tags) or after am/bis/ab/zum/vom/den or a weekday, and never before a unit (`ab 9.10 Uhr`, `3.5 Tonnen`).
 */
// One scan for both: with the final dot (group 4) any date; without it (`4.12`) only where the rule allows.
const GERMAN = bounded(
	"\\p{L}\\p{N}.,:/-",
	/(\d{1,2})\.(\s?)(\d{1,2})(?:(\.)(?:(\s?\d{4}|\d{2})(?![\d.]*\d))?(?![\p{N}])|(?![\p{N}.,:/-])(?!\s*(?:uhr|h|std|min|t|tonnen|kg|g|km|m|cm|mm|qm|m²|l|liter|stk|stück|mio|mrd|tsd|prozent|%|€|eur|euro)(?![\p{L}])))/giu,
);
const SLASH = bounded("\\p{L}\\p{N}.,:/-", /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\p{N}/-])/gu);
const HYPHEN = bounded("\\p{L}\\p{N}.,:/-", /(\d{2})-(\d{2})-(\d{4}|\d{2})(?![\p{N}/-])/gu);
const VERSION_BEFORE = /(?:\bv|version|release|update|stand)\s*$/i;
/** `Tel. 0911 12.12.12`: digits of a phone number, not a date. */
const PHONE_BEFORE = /(?:\d{3,}|\b(?:tel|telefon|fon|fax|mobil|handy)\.?:?)\s*$/i;
const AT_START = /^(?:\s*(?:\[\[[^\]]*\]\]|#[^\s#]+))*\s*$/u;
const WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${DATE_PREPOSITIONS.join("|")}|${WEEKDAY_NAMES}|${WEEKDAY_ABBREVIATIONS}),?\\s*$`, "iu");
/** After a date word anywhere; at the start only with a two-digit day or month (`4.12`, not the version `2.1`). */
const noDotAllowed = (text: string, index: number, digits: number) =>
	WORD_BEFORE.test(text.slice(Math.max(0, index - 14), index)) || (digits >= 3 && index < 300 && AT_START.test(text.slice(0, index)));

export const germanNumericParser: DateParser = {
	patterns: [GERMAN.body, SLASH.body, HYPHEN.body],
	name: "german-numeric",
	find(text, reference, forward) {
		const read = (index: number, length: number, dayText = "", monthText = "", yearText: string | undefined) => {
			const before = text.slice(Math.max(0, index - 12), index);
			if (VERSION_BEFORE.test(before) || PHONE_BEFORE.test(before)) return null;
			const [day, month] = [Number(dayText), Number(monthText)];
			const year = yearText ? expandYear(yearText.trim()) : null;
			const date = year !== null ? (isValidDay(year, month, day) ? toIsoDay(year, month, day) : null) : nearestYear(month, day, reference, forward);
			if (!date) return null;
			return { date, end: null, index, length, yearWritten: year !== null, relative: false, source: "german-numeric" };
		};
		// Each form needs its separator: a line without one is not scanned for it.
		const dots = text.includes(".");
		return allFound(
			dots
				? scan(text, GERMAN, (m) => {
						const [day, space, month, dot, year] = m.groups;
						if (dot) return read(m.index, m.length, day, month, year);
						return !space && noDotAllowed(text, m.index, (day ?? "").length + (month ?? "").length) ? read(m.index, m.length, day, month, undefined) : null;
					})
				: NO_DATES,
			text.includes("/") ? scan(text, SLASH, (m) => read(m.index, m.length, m.groups[0], m.groups[1], m.groups[2])) : NO_DATES,
			text.includes("-") ? scan(text, HYPHEN, (m) => read(m.index, m.length, m.groups[0], m.groups[1], m.groups[2])) : NO_DATES,
		);
	},
};
