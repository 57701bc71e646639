import type { IsoDay } from "../model/day";

/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, counted in whole days since 1970-01-01 ("epoch
 * days"): no Date object, so no local time zone or daylight-saving change can move a day.
 */

export function isValidDay(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
	if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN);
}

export function toIsoDay(year: number, month: number, day: number): IsoDay {
	return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
	return String(n).padStart(2, "0");
}

/** Parses a strict `YYYY-MM-DD`; impossible days (2026-02-31) give null. */
export function parseIsoDay(text: string): { year: number; month: number; day: number } | null {
	// Read by character codes: every date comparison of the index goes through here.
	if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
	const year = digits(text, 0, 4);
	const month = digits(text, 5, 7);
	const day = digits(text, 8, 10);
	return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** The number written by ASCII digits from `start` to `end`, or NaN. */
function digits(text: string, start: number, end: number): number {
	let n = 0;
	for (let i = start; i < end; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return Number.NaN;
		n = n * 10 + d;
	}
	return n;
}

export function isIsoDay(text: unknown): boolean {
	return typeof text === "string" && parseIsoDay(text) !== null;
}

/** Days since 1970-01-01 of a calendar day (H. Hinnant's days_from_civil: integer arithmetic only). */
export function epochDay(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
	return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day; throws on an impossible one. */
export function toEpochDays(iso: IsoDay): number {
	const p = parseIsoDay(iso);
	if (!p) throw new RangeError(`Not a calendar day: ${iso}`);
	return epochDay(p.year, p.month, p.day);
}

/** The calendar day `days` after 1970-01-01 (civil_from_days: no Date object per call). */
export function fromEpochDays(days: number): IsoDay {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return toIsoDay(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(iso: IsoDay, days: number): IsoDay {
	return fromEpochDays(toEpochDays(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
	return toEpochDays(to) - toEpochDays(from);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(iso: IsoDay): number {
	return weekdayOfEpochDay(toEpochDays(iso));
}

/** ISO weekday of an epoch day; 1970-01-01 was a Thursday. */
function weekdayOfEpochDay(days: number): number {
	return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of ISO week `week` of `year` in epoch days, or null when the year has no such week. */
export function isoWeekMonday(year: number, week: number): number | null {
	if (!Number.isInteger(week) || week < 1 || week > 53) return null;
	const jan4 = epochDay(year, 1, 4);
	const monday = jan4 + 1 - weekdayOfEpochDay(jan4) + (week - 1) * 7;
	// Week 53 exists only when its Thursday still lies in the year.
	if (week === 53 && yearOf(fromEpochDays(monday + 3)) !== year) return null;
	return monday;
}

/** The Monday of ISO week `week` of `year`, or null when the year has no such week. */
export function mondayOfIsoWeek(year: number, week: number): IsoDay | null {
	const monday = isoWeekMonday(year, week);
	return monday === null ? null : fromEpochDays(monday);
}

/** Months later (or earlier); the day is kept where the month has it, else the month's last day. */
export function addMonths(iso: IsoDay, months: number): IsoDay {
	const p = parseIsoDay(iso);
	if (!p) throw new RangeError(`Not a calendar day: ${iso}`);
	const month0 = p.month - 1 + months;
	const year = p.year + Math.floor(month0 / 12);
	const month = (((month0 % 12) + 12) % 12) + 1;
	return toIsoDay(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export function yearOf(iso: IsoDay): number {
	return Number(iso.slice(0, 4));
}
