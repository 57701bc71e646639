import { daysInMonth, isValidDay, toIsoDay } from "./day";
import { MONTHS, MONTH_PATTERN } from "./months";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { expandYear, yearless } from "./year-nearest";

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
	find: (text, reference, forward) =>
		scan(text, PART, (m) => {
			const [partText, monthText, yearText] = m.groups;
			const part = (partText ?? "").toLowerCase();
			const month = MONTHS.get((monthText ?? "").toLowerCase());
			if (!month) return null;
			const isEnd = part === "ende" || part === "end of" || part === "late";
			const fixedDay = isEnd ? 0 : part === "mitte" || part === "mid" || part === "middle of" ? 15 : 1;
			const dayIn = (year: number) => {
				const day = isEnd ? daysInMonth(year, month) : fixedDay;
				const iso = isValidDay(year, month, day) ? toIsoDay(year, month, day) : null;
				return iso ? ([iso, iso] as const) : null;
			};
			const date = (yearText ? dayIn(expandYear(yearText)) : yearless(dayIn, reference, forward))?.[0];
			if (!date) return null;
			return { date, end: null, index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "month-part" };
		}),
};
