import type { IsoDay } from "../model/day";
import { daysInMonth, toIsoDay } from "./day";
import { FULL_MONTH_NAMES, MONTHS } from "./vocabulary";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { yearless } from "./year-nearest";

/**
 * A month as a period: `im Dezember`, `in March 2027` (the 1st to the last day). Full names only:
 * "in Jan" or "in Mar" may be anything. Without a year, the year rule (`year-nearest`).
 */
const MONTH = bounded("\\p{L}", new RegExp(`(?:im|in)\\s+(${FULL_MONTH_NAMES})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "giu"));

function monthIn(year: number, month: number): readonly [IsoDay, IsoDay] {
	return [toIsoDay(year, month, 1), toIsoDay(year, month, daysInMonth(year, month))];
}

export const monthParser: DateParser = {
	patterns: [MONTH.body],
	literals: FULL_MONTH_NAMES.split("|"),
	name: "month",
	find: (text, reference, forward) =>
		scan(text, MONTH, (m) => {
			const month = MONTHS.get((m.groups[0] ?? "").toLowerCase());
			if (!month) return null;
			const year = m.groups[1] ? Number(m.groups[1]) : null;
			const span = year !== null && year >= 1000 ? monthIn(year, month) : yearless((y) => monthIn(y, month), reference, forward);
			if (!span) return null;
			return { date: span[0], end: span[1], index: m.index, length: m.length, yearWritten: year !== null, relative: false, source: "month" };
		}),
};
