import { daysInMonth, isValidDay, toIsoDay } from "./day";
import { MONTHS, MONTH_PATTERN, PART_DE, PART_EN, PARTS } from "./vocabulary";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { partOf } from "./period-part";
import { expandYear, yearless } from "./year-nearest";

/**
 * Parts of a month: `Anfang März` (the 1st), `Mitte Dezember` (the 15th), `Ende Januar` (the last day),
 * also `early/mid/end of January`, with a year (`Ende Januar 2027`), and of a year (`Ende 2026`). chrono-node knows none of them.
 */
const PART_OF = bounded(
	"\\p{L}",
	new RegExp(`(${PART_DE}|${PART_EN})\\s*-?\\s*(?:(${MONTH_PATTERN})\\.?(?:\\s+(\\d{4}))?|((?:19|20|21)\\d{2})(?![\\d.]))(?![\\p{L}])`, "giu"),
);

/** `Ende 2026` (31 December), `Mitte 2027` (1 July), `Anfang 2027` (1 January). */
function yearPart(index: number, length: number, year: number, part: string) {
	const date = partOf("year", year, 1, PARTS[part] ?? "end");
	return { date, end: null, index, length, yearWritten: true, relative: false, source: "month-part" };
}

export const monthPartParser: DateParser = {
	patterns: [PART_OF.body],
	name: "month-part",
	find: (text, reference, forward) =>
		scan(text, PART_OF, (m) => {
			const [partText, monthText, yearText, yearAlone] = m.groups;
			const part = (partText ?? "").toLowerCase();
			if (yearAlone) return yearPart(m.index, m.length, Number(yearAlone), part);
			const month = MONTHS.get((monthText ?? "").toLowerCase());
			if (!month) return null;
			const isEnd = PARTS[part] === "end";
			const fixedDay = isEnd ? 0 : PARTS[part] === "middle" ? 15 : 1;
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
