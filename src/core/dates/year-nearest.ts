import type { IsoDay } from "../model/day";
import { addDays, daysBetween, isValidDay, toIsoDay, yearOf } from "./day";

/** A day or a period in a given year ([first day, last day]), or null when the year has none (29 February). */
export type SpanInYear = (year: number) => readonly [IsoDay, IsoDay] | null;

/**
 * A date, period or range written without a year (CONTRACT). For an open task (`forward`) the first one
 * whose last day is no earlier than 60 days before the reference: `Am 15.6.` written in November is next
 * June, `20.11.` written on 23.11. is three days overdue. Otherwise the year that puts its first day
 * nearest to the reference; ties go to the later one. chrono's `forwardDate` would push every past
 * date a year ahead, also in logs and done items.
 */
export function yearless(span: SpanInYear, reference: IsoDay, forward = false): readonly [IsoDay, IsoDay] | null {
	const refYear = yearOf(reference);
	if (forward) {
		const grace = addDays(reference, -60);
		// Up to four years ahead: 29 February comes back that late.
		for (let year = refYear - 1; year <= refYear + 4; year++) {
			const s = span(year);
			if (s && s[1] >= grace) return s;
		}
		return null;
	}
	let best: readonly [IsoDay, IsoDay] | null = null;
	let bestDistance = Infinity;
	for (let year = refYear - 1; year <= refYear + 1; year++) {
		const s = span(year);
		if (!s) continue;
		const distance = Math.abs(daysBetween(reference, s[0]));
		if (distance <= bestDistance) {
			best = s;
			bestDistance = distance;
		}
	}
	return best;
}

/** A day and month without a year, by the rule above. */
export function nearestYear(month: number, day: number, reference: IsoDay, forward = false): IsoDay | null {
	return yearless((year) => dayIn(year, month, day), reference, forward)?.[0] ?? null;
}

function dayIn(year: number, month: number, day: number): readonly [IsoDay, IsoDay] | null {
	if (!isValidDay(year, month, day)) return null;
	const iso = toIsoDay(year, month, day);
	return [iso, iso];
}

/** Two-digit years are read as 20xx: nobody plans a customer visit for 1926. */
export function expandYear(written: string): number {
	const n = Number(written);
	return written.length <= 2 ? 2000 + n : n;
}
