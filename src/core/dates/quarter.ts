import type { IsoDay } from "../model/day";
import { bounded } from "../text/bounded";
import { mayMatchAny } from "../text/literal-gate";
import { scan, type DateParser } from "./parser";
import { partOf } from "./period-part";
import { PART_DE, PART_EN, PARTS } from "./vocabulary";
import { expandYear, yearless } from "./year-nearest";

/**
 * Quarters: `Q1 2027`, `Q1/27`, `1. Quartal 2027` (1 January to 31 March), and one day of one:
 * `Ende Q1` (31 March), `Mitte Q2` (15 May). Without a year, the year rule (`year-nearest`).
 */
// Q1…Q4 spelled out, so the literal gate looks for "q1", not for any "q"; the part is read before the match.
const QUARTER = bounded("\\p{L}\\p{N}", /(?:(Q1|Q2|Q3|Q4)|([1-4])\.\s?Quartal)(?:\s?[/-]\s?(\d{4}|\d{2})|\s(\d{4}|'\d{2}))?(?![\p{L}\p{N}])/giu);
const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${PART_DE}|${PART_EN})\\s+$`, "iu");

export const quarterParser: DateParser = {
	patterns: [QUARTER.body],
	mayHold: mayMatchAny([QUARTER.body]) ?? undefined,
	name: "quarter",
	find: (text, reference, forward) =>
		scan(text, QUARTER, (m) => {
			const [q1, q2, year1, year2] = m.groups;
			const quarter = Number(q1 ? q1.slice(1) : q2);
			const partMatch = PART_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index));
			const part = partMatch ? PARTS[(partMatch[1] ?? "").toLowerCase()] : undefined;
			const span = (year: number): readonly [IsoDay, IsoDay] =>
				part
					? [partOf("quarter", year, quarter, part), partOf("quarter", year, quarter, part)]
					: [partOf("quarter", year, quarter, "start"), partOf("quarter", year, quarter, "end")];
			const yearText = (year1 ?? year2)?.replace("'", "");
			const days = yearText ? span(expandYear(yearText)) : yearless(span, reference, forward);
			if (!days) return null;
			// With its part, the date starts where the part does ("Ende Q1").
			const lead = partMatch ? partMatch[0].length - (/^[^\p{L}]/u.test(partMatch[0]) ? 1 : 0) : 0;
			return {
				date: days[0],
				end: part ? null : days[1],
				index: m.index - lead,
				length: m.length + lead,
				yearWritten: Boolean(yearText),
				relative: false,
				source: "quarter",
			};
		}),
};
