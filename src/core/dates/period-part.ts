import type { IsoDay } from "../model/day";
import { addDays, addMonths, daysInMonth, isoWeekday, toIsoDay, yearOf } from "./day";
import { allFound } from "./found";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";

/**
 * Parts of the current or next week or month, counted from the reference: `Ende nächster Woche`
 * (Friday), `Anfang der Woche` (Monday), `Mitte nächster Woche` (Wednesday), `Ende des Monats`,
 * `Monatsende`, `end of next week`. chrono-node reads "nächster Woche" alone and loses the part.
 */
const DE = bounded("\\p{L}", /(anfang|mitte|ende)\s+(der|dieser|diese|nächster|naechster|kommender|des|diesen|nächsten|naechsten|kommenden)\s+(woche|monats?)(?![\p{L}])/giu);
const DE_COMPOUND = bounded("\\p{L}", /(wochen|monats)(anfang|mitte|ende)(?![\p{L}])/giu);
const EN = bounded("\\p{L}", /(beginning of|early|middle of|mid|end of|late)\s+(the|this|next)\s+(week|month)(?![\p{L}])/giu);

type Part = "start" | "middle" | "end";
const PART: Record<string, Part> = {
	anfang: "start", mitte: "middle", ende: "end",
	"beginning of": "start", early: "start", "middle of": "middle", mid: "middle", "end of": "end", late: "end",
};

export function periodPart(reference: IsoDay, unit: "week" | "month", next: boolean, part: Part): IsoDay {
	if (unit === "week") {
		const monday = addDays(reference, 1 - isoWeekday(reference) + (next ? 7 : 0));
		return addDays(monday, part === "start" ? 0 : part === "middle" ? 2 : 4);
	}
	const first = addMonths(`${reference.slice(0, 8)}01`, next ? 1 : 0);
	const [year, month] = [yearOf(first), Number(first.slice(5, 7))];
	return toIsoDay(year, month, part === "start" ? 1 : part === "middle" ? 15 : daysInMonth(year, month));
}

const isNext = (word: string) => /^(n(ä|ae)chste[nr]?|kommende[nr]?|next)$/i.test(word);

export const periodPartParser: DateParser = {
	patterns: [DE.body, DE_COMPOUND.body, EN.body],
	name: "period-part",
	find(text, reference) {
		const found = (index: number, length: number, date: IsoDay) => ({ date, index, length, yearWritten: false, relative: true, source: "period-part" });
		return allFound(
			scan(text, DE, (m) => {
				const [part, which, unit] = m.groups.map((g) => (g ?? "").toLowerCase());
				return found(m.index, m.length, periodPart(reference, unit === "woche" ? "week" : "month", isNext(which ?? ""), PART[part ?? ""] ?? "end"));
			}),
			scan(text, DE_COMPOUND, (m) => {
				const [unit, part] = m.groups.map((g) => (g ?? "").toLowerCase());
				return found(m.index, m.length, periodPart(reference, unit === "wochen" ? "week" : "month", false, PART[part ?? ""] ?? "end"));
			}),
			scan(text, EN, (m) => {
				const [part, which, unit] = m.groups.map((g) => (g ?? "").toLowerCase());
				return found(m.index, m.length, periodPart(reference, unit === "week" ? "week" : "month", which === "next", PART[part ?? ""] ?? "end"));
			}),
		);
	},
};
