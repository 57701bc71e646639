import type { IsoDay } from "../model/day";
import { addDays, addMonths, daysInMonth, isoWeekday, toIsoDay, yearOf } from "./day";
import { allFound } from "./found";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { aheadOf, NUMBER, RELATIVE_DE, WEEKDAY_NAMES, WORD_NUMBERS } from "./vocabulary";

/**
 * Spans from the reference: `in 2 Wochen`, `in einer Woche`, `in 3 Monaten`, `in 3 weeks`, `in a month`
 * (that day), and the periods `diese Woche`, `nächste Woche`, `übernächste Woche`, `nächsten Monat`,
 * `this week`, `next month`, `the week after next` (Monday to Sunday, the 1st to the last day).
 */
const IN_SPAN = bounded("\\p{L}", new RegExp(`in\\s+(${NUMBER})\\s+(tage?n?|wochen?|monate?n?|jahre?n?|days?|weeks?|months?|years?)(?![\\p{L}])`, "giu"));
// "nächste Woche Dienstag" names the Tuesday, which the weekday parser reads; the week gives way.
const PERIOD = bounded(
	"\\p{L}",
	new RegExp(
		`(?:(${[...RELATIVE_DE.afterNext, ...RELATIVE_DE.next, ...RELATIVE_DE.this].join("|")})[nmrs]?\\s+(woche|monat)|(next|this)\\s+(week|month)|the\\s+(week|month)\\s+after\\s+next)(?![\\p{L}])(?!,?\\s*(?:am\\s+|on\\s+)?(?:${WEEKDAY_NAMES}))`,
		"giu",
	),
);

function span(reference: IsoDay, n: number, unit: string): IsoDay {
	if (/^(tag|day)/.test(unit)) return addDays(reference, n);
	if (/^(woche|week)/.test(unit)) return addDays(reference, 7 * n);
	if (/^(monat|month)/.test(unit)) return addMonths(reference, n);
	return addMonths(reference, 12 * n);
}

/** The week (Monday to Sunday) or month `ahead` weeks or months after the reference's. */
export function periodOf(reference: IsoDay, unit: "week" | "month", ahead: number): readonly [IsoDay, IsoDay] {
	if (unit === "week") {
		const monday = addDays(reference, 1 - isoWeekday(reference) + 7 * ahead);
		return [monday, addDays(monday, 6)];
	}
	const first = addMonths(`${reference.slice(0, 8)}01`, ahead);
	const [year, month] = [yearOf(first), Number(first.slice(5, 7))];
	return [first, toIsoDay(year, month, daysInMonth(year, month))];
}

export const relativeSpanParser: DateParser = {
	patterns: [IN_SPAN.body, PERIOD.body],
	name: "relative-span",
	find(text, reference) {
		const found = (index: number, length: number, date: IsoDay, end: IsoDay | null) => ({
			date,
			end,
			index,
			length,
			yearWritten: false,
			relative: true,
			source: "relative-span",
		});
		return allFound(
			scan(text, IN_SPAN, (m) => {
				const [count, unit] = m.groups.map((g) => (g ?? "").toLowerCase());
				const n = /^\d+$/.test(count ?? "") ? Number(count) : (WORD_NUMBERS[count ?? ""] ?? 1);
				return found(m.index, m.length, span(reference, n, unit ?? "day"), null);
			}),
			scan(text, PERIOD, (m) => {
				const [which, unitDe, whichEn, unitEn, unitAfterNext] = m.groups.map((g) => (g ?? "").toLowerCase());
				const unit = /^(woche|week)/.test(unitDe || unitEn || unitAfterNext || "") ? "week" : "month";
				const ahead = unitAfterNext ? 2 : (aheadOf(which || whichEn || "") ?? 2);
				const [date, end] = periodOf(reference, unit, ahead);
				return found(m.index, m.length, date, end);
			}),
		);
	},
};
