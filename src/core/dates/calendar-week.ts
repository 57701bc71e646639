import type { IsoDay } from "../model/day";
import { fromEpochDays, isoWeekMonday } from "./day";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { CALENDAR_WEEK } from "./vocabulary";
import { expandYear, yearless } from "./year-nearest";

/**
 * Calendar weeks, which German offices plan in: `KW 49`, `KW49/2026`, `Kalenderwoche 49`, `CW 49`,
 * `week 49`: Monday to Sunday of that ISO week. Without a year, the year rule (`year-nearest`).
 */
const WEEK = bounded("\\p{L}", new RegExp(`(?:${CALENDAR_WEEK})\\s?(\\d{1,2})(?:\\s?[/-]\\s?|\\s)?(\\d{4}|'?\\d{2}(?!\\d))?(?![\\p{L}\\d])`, "giu"));

function weekIn(year: number, week: number): readonly [IsoDay, IsoDay] | null {
	const monday = isoWeekMonday(year, week);
	return monday === null ? null : [fromEpochDays(monday), fromEpochDays(monday + 6)];
}

export const calendarWeekParser: DateParser = {
	patterns: [WEEK.body],
	literals: CALENDAR_WEEK.split("|"),
	name: "calendar-week",
	find: (text, reference, forward) =>
		scan(text, WEEK, (m) => {
			const week = Number(m.groups[0]);
			const yearText = m.groups[1]?.replace("'", "");
			const span = yearText ? weekIn(expandYear(yearText), week) : yearless((year) => weekIn(year, week), reference, forward);
			if (!span) return null;
			return { date: span[0], end: span[1], index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "calendar-week" };
		}),
};
