import { isValidDay, toIsoDay } from "./day";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { expandYear, nearestYear } from "./year-nearest";

/**
 * German numeric dates: `23.11.2026`, `23.11.26` and `23.11.` (chrono-node misses the last one).
 * Without a year the date must end in a dot, so `2.1` or `3.5 Tonnen` stay numbers; the left
 * guard keeps version numbers (`v2.1.`, `Version 1.2.`) and decimals (`1.2.3.`) out.
 */
const GERMAN = bounded("\\p{L}\\p{N}.,:/-", /(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?![\d.]*\d))?(?![\p{N}])/gu);
const VERSION_BEFORE = /(?:\bv|version|release|update|stand)\s*$/i;

export const germanNumericParser: DateParser = {
	patterns: [GERMAN.body],
	name: "german-numeric",
	find: (text, reference) =>
		scan(text, GERMAN, (m) => {
			if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
			const [dayText, monthText, yearText] = m.groups;
			const day = Number(dayText);
			const month = Number(monthText);
			let date: string | null;
			if (yearText) {
				const year = expandYear(yearText);
				date = isValidDay(year, month, day) ? toIsoDay(year, month, day) : null;
			} else {
				date = nearestYear(month, day, reference);
			}
			if (!date) return null;
			return { date, index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "german-numeric" };
		}),
};
