import type { IsoDay } from "../model/day";
import { isValidDay } from "./day";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { PART, partOf } from "./period-part";
import { expandYear, yearless } from "./year-nearest";

/**
 * Quarters and years: `Q1 2027`, `Q1/27`, `1. Quartal 2027` (1 January to 31 March), `Ende Q1` (31 March),
 * `Mitte Q2` (15 May), and a part of a written year: `Ende 2026` (31 December), `Mitte 2027` (1 July).
 * Without a year, the year rule (`year-nearest`).
 */
const PARTS = "anfang|mitte|ende|beginning of|early|middle of|mid|end of|late";
// Q1…Q4 spelled out, so the literal gate looks for "q1", not for any "q".
const QUARTER = bounded("\\p{L}\\p{N}", new RegExp(`(?:(${PARTS})\\s+)?(?:(Q1|Q2|Q3|Q4)|([1-4])\\.\\s?Quartal)(?:\\s?[/-]\\s?(\\d{4}|\\d{2})|\\s(\\d{4}|'\\d{2}))?(?![\\p{L}\\p{N}])`, "giu"));
const YEAR_PART = bounded("\\p{L}", new RegExp(`(${PARTS})\\s+(\\d{4})(?![\\p{L}\\p{N}.])`, "giu"));

export const quarterParser: DateParser = {
	patterns: [QUARTER.body, YEAR_PART.body],
	name: "quarter",
	find(text, reference, forward) {
		const quarters = scan(text, QUARTER, (m) => {
			const [partText, q1, q2, year1, year2] = m.groups;
			const quarter = Number(q1 ? q1.slice(1) : q2);
			const part = partText ? PART[partText.toLowerCase()] : undefined;
			const span = (year: number): readonly [IsoDay, IsoDay] =>
				part ? [partOf("quarter", year, quarter, part), partOf("quarter", year, quarter, part)] : [partOf("quarter", year, quarter, "start"), partOf("quarter", year, quarter, "end")];
			const yearText = (year1 ?? year2)?.replace("'", "");
			const days = yearText ? span(expandYear(yearText)) : yearless(span, reference, forward);
			if (!days) return null;
			return { date: days[0], end: part ? null : days[1], index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "quarter" };
		});
		const years = scan(text, YEAR_PART, (m) => {
			const year = Number(m.groups[1]);
			if (!isValidDay(year, 1, 1)) return null;
			const date = partOf("year", year, 1, PART[(m.groups[0] ?? "").toLowerCase()] ?? "end");
			return { date, end: null, index: m.index, length: m.length, yearWritten: true, relative: false, source: "quarter" };
		});
		return years.length === 0 ? quarters : quarters.length === 0 ? years : [...quarters, ...years];
	},
};
