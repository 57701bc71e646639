import type { IsoDay } from "../model/day";
import { epochDay, isValidDay, toEpochDays, toIsoDay, yearOf } from "./day";

/**
 * A date written without a year takes the year that puts it nearest to the reference date
 * (CONTRACT). chrono's `forwardDate` instead pushes every past date into next year, which turns
 * "am 15.11." written on 2026-11-23 into a date a year away. Ties go to the later date.
 */
export function nearestYear(month: number, day: number, reference: IsoDay): IsoDay | null {
	const [refYear, refDay] = [yearOf(reference), toEpochDays(reference)];
	let best: number | null = null;
	let bestDistance = Infinity;
	for (let year = refYear - 1; year <= refYear + 1; year++) {
		if (!isValidDay(year, month, day)) continue;
		const distance = Math.abs(epochDay(year, month, day) - refDay);
		if (distance <= bestDistance) {
			best = year;
			bestDistance = distance;
		}
	}
	return best === null ? null : toIsoDay(best, month, day);
}

/** Two-digit years are read as 20xx: nobody plans a customer visit for 1926. */
export function expandYear(written: string): number {
	const n = Number(written);
	return written.length <= 2 ? 2000 + n : n;
}
