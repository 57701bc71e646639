import { daysInMonth, isValidDay, toIsoDay, yearOf } from "./day";
import { MONTHS, MONTH_PATTERN } from "./months";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { expandYear, nearestYear } from "./year-nearest";

/**
 * Parts of a month: `Anfang März` (the 1st), `Mitte Dezember` (the 15th), `Ende Januar` (the last day),
 * also `early/mid/end of January` and with a year (`Ende Januar 2027`). chrono-node knows none of them.
 */
const PART = bounded("\\p{L}", new RegExp(
	`(anfang|mitte|ende|beginning of|early|mid|middle of|end of|late)\\s*-?\\s*(${MONTH_PATTERN})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])`,
	"giu",
));

export const monthPartParser: DateParser = {
	patterns: [PART.body],
	name: "month-part",
	find: (text, reference) =>
		scan(text, PART, (m) => {
			const [partText, monthText, yearText] = m.groups;
			const part = (partText ?? "").toLowerCase();
			const month = MONTHS.get((monthText ?? "").toLowerCase());
			if (!month) return null;
			const isEnd = part === "ende" || part === "end of" || part === "late";
			const fixedDay = isEnd ? 0 : part === "mitte" || part === "mid" || part === "middle of" ? 15 : 1;
			const dayIn = (year: number) => (isEnd ? daysInMonth(year, month) : fixedDay);
			let date: string | null;
			if (yearText) {
				const year = expandYear(yearText);
				date = isValidDay(year, month, dayIn(year)) ? toIsoDay(year, month, dayIn(year)) : null;
			} else {
				// The 28th exists in every year; the real last day is set once the year is known.
				const near = nearestYear(month, isEnd ? 28 : fixedDay, reference);
				date = near && isEnd ? toIsoDay(yearOf(near), month, daysInMonth(yearOf(near), month)) : near;
			}
			if (!date) return null;
			return { date, index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "month-part" };
		}),
};
