import { isValidDay, toIsoDay } from "./day";
import { MONTHS, MONTH_PATTERN } from "./vocabulary";
import { allFound, NO_DATES } from "./found";
import { HAS_SEPARATOR } from "./numeric-range";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { rangeDates } from "./range-year";
import { nearestYear } from "./year-nearest";

/**
 * A day and a month name: `15. November`, `15 Nov.`, `15th of November`, `November 15`, `Dec 2nd`,
 * with or without a year, and ranges: `3.-5. März 2027`, `10. bis 22. Oktober`, `10. August - 12. Oktober 2013`
 * (a year at the end applies to the start). Without a year, the year rule (`year-nearest`); a written year wins.
 */
const DAY_MONTH = bounded(
	"\\p{L}\\p{N}.",
	new RegExp(`(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "giu"),
);
const MONTH_DAY = bounded("\\p{L}", new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}.])`, "giu"));
const RANGE = bounded(
	"\\p{L}\\p{N}.",
	new RegExp(
		`(?:vo[mn]\\s+)?(\\d{1,2})\\.?\\s*(?:(${MONTH_PATTERN})\\.?\\s*)?(?:[-–]|bis(?:\\s+zum)?)\\s*(\\d{1,2})\\.?\\s*(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
		"giu",
	),
);

/** One day-and-month match: where it stands in the text and what it says. */
interface DayMonthMatch {
	index: number;
	length: number;
	day: number;
	monthName: string;
	yearText: string | undefined;
}

function found({ index, length, day, monthName, yearText }: DayMonthMatch, reference: string, forward?: boolean) {
	const month = MONTHS.get(monthName.toLowerCase());
	if (!month) return null;
	const year = yearText ? Number(yearText) : null;
	const date = year !== null ? (isValidDay(year, month, day) ? toIsoDay(year, month, day) : null) : nearestYear(month, day, reference, forward);
	return date ? { date, end: null, index, length, yearWritten: year !== null, relative: false, source: "day-month" } : null;
}

export const dayMonthParser: DateParser = {
	patterns: [DAY_MONTH.body, MONTH_DAY.body, RANGE.body],
	name: "day-month",
	find: (text, reference, forward) =>
		allFound(
			!HAS_SEPARATOR.test(text)
				? NO_DATES
				: scan(text, RANGE, (m) => {
						const [startDay, startName, endDay, endName, yearText] = m.groups;
						const endMonth = MONTHS.get((endName ?? "").toLowerCase());
						const startMonth = startName ? MONTHS.get(startName.toLowerCase()) : endMonth;
						if (!endMonth || !startMonth) return null;
						const span = rangeDates(
							{ startDay: Number(startDay), startMonth, endDay: Number(endDay), endMonth },
							yearText ? Number(yearText) : null,
							reference,
							forward,
						);
						return span
							? { date: span[0], end: span[1], index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "day-month-range" }
							: null;
					}),
			scan(text, DAY_MONTH, (m) =>
				found({ index: m.index, length: m.length, day: Number(m.groups[0]), monthName: m.groups[1] ?? "", yearText: m.groups[2] }, reference, forward),
			),
			scan(text, MONTH_DAY, (m) =>
				found({ index: m.index, length: m.length, day: Number(m.groups[1]), monthName: m.groups[0] ?? "", yearText: m.groups[2] }, reference, forward),
			),
		),
};
