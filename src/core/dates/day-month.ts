import { isValidDay, toIsoDay } from "./day";
import { MONTHS, MONTH_PATTERN } from "./months";
import { allFound } from "./found";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { nearestYear } from "./year-nearest";

/**
 * A day and a month name: `15. November`, `15 Nov.`, `15th of November`, `November 15`, `Dec 2nd`,
 * with or without a year. Without one, the year nearest to the reference; a written year wins.
 */
const DAY_MONTH = bounded("\\p{L}\\p{N}.", new RegExp(`(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "giu"));
const MONTH_DAY = bounded("\\p{L}", new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}.])`, "giu"));

function found(index: number, length: number, day: number, monthName: string, yearText: string | undefined, reference: string) {
	const month = MONTHS.get(monthName.toLowerCase());
	if (!month) return null;
	const year = yearText ? Number(yearText) : null;
	const date = year !== null ? (isValidDay(year, month, day) ? toIsoDay(year, month, day) : null) : nearestYear(month, day, reference);
	return date ? { date, index, length, yearWritten: year !== null, relative: false, source: "day-month" } : null;
}

export const dayMonthParser: DateParser = {
	patterns: [DAY_MONTH.body, MONTH_DAY.body],
	name: "day-month",
	find: (text, reference) => allFound(
		scan(text, DAY_MONTH, (m) => found(m.index, m.length, Number(m.groups[0]), m.groups[1] ?? "", m.groups[2], reference)),
		scan(text, MONTH_DAY, (m) => found(m.index, m.length, Number(m.groups[1]), m.groups[0] ?? "", m.groups[2], reference)),
	),
};
