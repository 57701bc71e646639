import type { IsoDay } from "../model/day";
import { addDays, addMonths, daysInMonth, isoWeekday, toIsoDay, yearOf } from "./day";
import { allFound } from "./found";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { aheadOf, inflected, PART_DE, PART_EN, PARTS, RELATIVE_DE, UNITS_DE, UNITS_DE_COMPOUND, UNITS_EN, type Part } from "./vocabulary";
import { yearless } from "./year-nearest";

/**
 * Parts of a week, month, quarter or year, counted from the reference: `Ende nächster Woche` and
 * `Ende nächste Woche` (Friday), `Anfang der Woche` (Monday), `Mitte nächster Woche` (Wednesday),
 * `Ende des Monats`, `Monatsende`, `Quartalsende`, `end of next week`. Each names one day. `Jahresende`,
 * `Ende des Jahres`, `Mitte des Jahres` name a day without a year: the year rule (`year-nearest`) decides.
 */
const WHICH = `der|des|${inflected([...RELATIVE_DE.this, ...RELATIVE_DE.afterNext, ...RELATIVE_DE.next])}`;
const DE = bounded("\\p{L}", new RegExp(`(${PART_DE})\\s+(${WHICH})\\s+(${Object.values(UNITS_DE).join("|")})(?![\\p{L}])`, "giu"));
const DE_COMPOUND = bounded("\\p{L}", new RegExp(`(${UNITS_DE_COMPOUND})(${PART_DE})(?![\\p{L}])`, "giu"));
const EN = bounded("\\p{L}", new RegExp(`(${PART_EN})\\s+(the|this|next)\\s+(${UNITS_EN})(?![\\p{L}])`, "giu"));
type Unit = "week" | "month" | "quarter" | "year";

/** The day a part names: of a week Monday/Wednesday/Friday; of a month, quarter or year its first day, middle (15th of the middle month, 1 July), last day. */
export function partOf(unit: Unit, year: number, index: number, part: Part): IsoDay {
	const [firstMonth, months] = unit === "quarter" ? [3 * index - 2, 3] : unit === "year" ? [1, 12] : [index, 1];
	if (part === "start") return toIsoDay(year, firstMonth, 1);
	if (part === "end") return toIsoDay(year, firstMonth + months - 1, daysInMonth(year, firstMonth + months - 1));
	return unit === "year" ? toIsoDay(year, 7, 1) : toIsoDay(year, firstMonth + (months === 3 ? 1 : 0), 15);
}

export function periodPart(reference: IsoDay, unit: Unit, ahead: number, part: Part): IsoDay {
	if (unit === "week") {
		const monday = addDays(reference, 1 - isoWeekday(reference) + 7 * ahead);
		return addDays(monday, part === "start" ? 0 : part === "middle" ? 2 : 4);
	}
	if (unit === "year") return partOf("year", yearOf(reference) + ahead, 1, part);
	const first = addMonths(`${reference.slice(0, 8)}01`, unit === "quarter" ? 3 * ahead : ahead);
	const month = Number(first.slice(5, 7));
	return unit === "quarter" ? partOf("quarter", yearOf(first), Math.ceil(month / 3), part) : partOf("month", yearOf(first), month, part);
}

const unitOf = (word: string): Unit =>
	/^woche/i.test(word) ? "week" : /^monat/i.test(word) ? "month" : /^quart/i.test(word) ? "quarter" : /^(jahr|year)/i.test(word) ? "year" : (word as Unit);

export const periodPartParser: DateParser = {
	patterns: [DE.body, DE_COMPOUND.body, EN.body],
	// Every form names its unit: "woche" is in "wochen" and "wochenende".
	literals: ["woche", "monat", "quartal", "jahres", ...UNITS_EN.split("|")],
	name: "period-part",
	find(text, reference, forward) {
		const found = (index: number, length: number, unit: Unit, which: string, part: Part) => {
			// "Jahresende", "Ende des Jahres": a day of a year not written, which the year rule finds.
			if (unit === "year" && /^(des|der|)$/i.test(which)) {
				const date = yearless((year) => [partOf("year", year, 1, part), partOf("year", year, 1, part)], reference, forward)?.[0];
				return date ? { date, end: null, index, length, yearWritten: false, relative: false, source: "period-part" } : null;
			}
			const date = periodPart(reference, unit, aheadOf(which) ?? 0, part);
			return { date, end: null, index, length, yearWritten: false, relative: true, source: "period-part" };
		};
		return allFound(
			scan(text, DE, (m) => {
				const [part, which, unit] = m.groups.map((g) => g ?? "");
				return found(m.index, m.length, unitOf(unit ?? ""), which ?? "", PARTS[(part ?? "").toLowerCase()] ?? "end");
			}),
			scan(text, DE_COMPOUND, (m) => {
				const [unit, part] = m.groups.map((g) => g ?? "");
				return found(m.index, m.length, unitOf(unit ?? ""), "", PARTS[(part ?? "").toLowerCase()] ?? "end");
			}),
			scan(text, EN, (m) => {
				const [part, which, unit] = m.groups.map((g) => (g ?? "").toLowerCase());
				return found(m.index, m.length, unitOf(unit ?? ""), which === "the" ? "" : (which ?? ""), PARTS[part ?? ""] ?? "end");
			}),
		);
	},
};
