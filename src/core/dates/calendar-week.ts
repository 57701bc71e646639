import type { IsoDay } from "../model/day";
import { fromEpochDays, isoWeekMonday, mondayOfIsoWeek, toEpochDays, yearOf } from "./day";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { expandYear } from "./year-nearest";

/**
 * Calendar weeks, which German offices plan in: `KW 49`, `KW49/2026`, `Kalenderwoche 49`, `CW 49`,
 * `week 49`. The date is the Monday of that ISO week; without a year, the week nearest to the reference.
 */
const WEEK = bounded("\\p{L}", /(?:KW|Kalenderwoche|CW|calendar week|week)\s?(\d{1,2})(?:\s?[/-]\s?|\s)?(\d{4}|'?\d{2}(?!\d))?(?![\p{L}\d])/giu);

export const calendarWeekParser: DateParser = {
	patterns: [WEEK.body],
	name: "calendar-week",
	find: (text, reference) =>
		scan(text, WEEK, (m) => {
			const week = Number(m.groups[0]);
			const yearText = m.groups[1]?.replace("'", "");
			const date = yearText ? mondayOfIsoWeek(expandYear(yearText), week) : nearestWeek(week, reference);
			if (!date) return null;
			return { date, index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "calendar-week" };
		}),
};

function nearestWeek(week: number, reference: IsoDay): IsoDay | null {
	const [year, refDay] = [yearOf(reference), toEpochDays(reference)];
	let best: number | null = null;
	for (let y = year - 1; y <= year + 1; y++) {
		const monday = isoWeekMonday(y, week);
		if (monday !== null && (best === null || Math.abs(monday - refDay) <= Math.abs(best - refDay))) best = monday;
	}
	return best === null ? null : fromEpochDays(best);
}
