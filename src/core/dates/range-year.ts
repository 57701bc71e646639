import type { IsoDay } from "../model/day";
import { isValidDay, toIsoDay } from "./day";
import { yearless } from "./year-nearest";

/** Day and month of a range's first and last day. */
export interface RangeDays {
	startDay: number;
	startMonth: number;
	endDay: number;
	endMonth: number;
}

/** The range in `year` (the year of its last day; a start after the end lies in the year before), or null. */
function rangeIn(r: RangeDays, year: number): readonly [IsoDay, IsoDay] | null {
	if (r.startMonth === r.endMonth && r.startDay > r.endDay) return null;
	const startYear = r.startMonth > r.endMonth ? year - 1 : year;
	if (!isValidDay(startYear, r.startMonth, r.startDay) || !isValidDay(year, r.endMonth, r.endDay)) return null;
	return [toIsoDay(startYear, r.startMonth, r.startDay), toIsoDay(year, r.endMonth, r.endDay)];
}

/** A range's days: a year written at its end applies to its start as well (CONTRACT); without one, the year rule. */
export function rangeDates(r: RangeDays, year: number | null, reference: IsoDay, forward = false): readonly [IsoDay, IsoDay] | null {
	return year !== null ? rangeIn(r, year) : yearless((y) => rangeIn(r, y), reference, forward);
}

/** A range with both years written; null when it ends before it starts. */
export function writtenRange(r: RangeDays, startYear: number, endYear: number): readonly [IsoDay, IsoDay] | null {
	if (!isValidDay(startYear, r.startMonth, r.startDay) || !isValidDay(endYear, r.endMonth, r.endDay)) return null;
	const span = [toIsoDay(startYear, r.startMonth, r.startDay), toIsoDay(endYear, r.endMonth, r.endDay)] as const;
	return span[0] <= span[1] ? span : null;
}
