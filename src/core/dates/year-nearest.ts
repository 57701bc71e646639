import type { IsoDay } from "../model/day";
import { daysBetween, isValidDay, toIsoDay, yearOf } from "./day";

/**
 * A date written without a year takes the year that puts it nearest to the reference date
 * (CONTRACT). chrono's `forwardDate` instead pushes every past date into next year, which turns
 * "am 15.11." written on 2026-11-23 into a date a year away. Ties go to the later date.
 */
export function nearestYear(month: number, day: number, reference: IsoDay): IsoDay | null {
	const refYear = yearOf(reference);
	let best: IsoDay | null = null;
	let bestDistance = Infinity;
	for (const year of [refYear - 1, refYear, refYear + 1]) {
		if (!isValidDay(year, month, day)) continue;
		const candidate = toIsoDay(year, month, day);
		const distance = Math.abs(daysBetween(reference, candidate));
		if (distance <= bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** Two-digit years are read as 20xx: nobody plans a customer visit for 1926. */
export function expandYear(written: string): number {
	const n = Number(written);
	return written.length <= 2 ? 2000 + n : n;
}
