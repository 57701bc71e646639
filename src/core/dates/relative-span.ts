import type { IsoDay } from "../model/day";
import { addDays, addMonths } from "./day";
import { allFound } from "./found";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { WEEKDAY_NAMES } from "./weekdays";

/**
 * Spans from the reference: `in 2 Wochen`, `in einer Woche`, `in 3 Monaten`, `in 3 weeks`, `in a month`,
 * and `nächste Woche` / `nächsten Monat` / `next week` / `next month` (a week or a month on).
 */
const NUMBER = "\\d{1,3}|einem|einer|eins|ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|a|an|one|two|three|four|five|six|seven|eight|nine|ten";
const IN_SPAN = bounded("\\p{L}", new RegExp(`in\\s+(${NUMBER})\\s+(tage?n?|wochen?|monate?n?|jahre?n?|days?|weeks?|months?|years?)(?![\\p{L}])`, "giu"));
// "nächste Woche Dienstag" names the Tuesday, which the weekday parser reads; the week gives way.
const NEXT = bounded("\\p{L}", new RegExp(`(?:(?:nächste|naechste|kommende)[nrs]?\\s+(woche|monat)|next\\s+(week|month))(?![\\p{L}])(?!,?\\s*(?:am\\s+|on\\s+)?(?:${WEEKDAY_NAMES}))`, "giu"));
const WORD_NUMBERS: Record<string, number> = {
	einem: 1, einer: 1, eins: 1, ein: 1, a: 1, an: 1, one: 1, zwei: 2, two: 2, drei: 3, three: 3, vier: 4, four: 4, fünf: 5, fuenf: 5, five: 5,
	sechs: 6, six: 6, sieben: 7, seven: 7, acht: 8, eight: 8, neun: 9, nine: 9, zehn: 10, ten: 10,
};

function span(reference: IsoDay, n: number, unit: string): IsoDay {
	if (/^(tag|day)/.test(unit)) return addDays(reference, n);
	if (/^(woche|week)/.test(unit)) return addDays(reference, 7 * n);
	if (/^(monat|month)/.test(unit)) return addMonths(reference, n);
	return addMonths(reference, 12 * n);
}

export const relativeSpanParser: DateParser = {
	patterns: [IN_SPAN.body, NEXT.body],
	name: "relative-span",
	find(text, reference) {
		const found = (index: number, length: number, date: IsoDay) => ({ date, index, length, yearWritten: false, relative: true, source: "relative-span" });
		return allFound(
			scan(text, IN_SPAN, (m) => {
				const [count, unit] = m.groups.map((g) => (g ?? "").toLowerCase());
				const n = /^\d+$/.test(count ?? "") ? Number(count) : (WORD_NUMBERS[count ?? ""] ?? 1);
				return found(m.index, m.length, span(reference, n, unit ?? "day"));
			}),
			scan(text, NEXT, (m) => {
				const unit = (m.groups[0] ?? m.groups[1] ?? "").toLowerCase();
				return found(m.index, m.length, span(reference, 1, unit));
			}),
		);
	},
};
