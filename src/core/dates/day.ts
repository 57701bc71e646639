import type { IsoDay } from "../model/day";

/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. UTC milliseconds are used only as a counter of days,
 * so no local time zone or daylight-saving change can move a day.
 */
const MS_PER_DAY = 86_400_000;

export function isValidDay(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
	if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDay(year: number, month: number, day: number): IsoDay {
	return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
	return String(n).padStart(2, "0");
}

/** Parses a strict `YYYY-MM-DD`; impossible days (2026-02-31) give null. */
export function parseIsoDay(text: string): { year: number; month: number; day: number } | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return isValidDay(year, month, day) ? { year, month, day } : null;
}

export function isIsoDay(text: unknown): boolean {
	return typeof text === "string" && parseIsoDay(text) !== null;
}

function toEpochDays(iso: IsoDay): number {
	const p = parseIsoDay(iso);
	if (!p) throw new RangeError(`Not a calendar day: ${iso}`);
	return Date.UTC(p.year, p.month - 1, p.day) / MS_PER_DAY;
}

function fromEpochDays(days: number): IsoDay {
	const d = new Date(days * MS_PER_DAY);
	return toIsoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
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
	const d = new Date(toEpochDays(iso) * MS_PER_DAY).getUTCDay();
	return d === 0 ? 7 : d;
}

/** The Monday of ISO week `week` of `year`, or null when the year has no such week. */
export function mondayOfIsoWeek(year: number, week: number): IsoDay | null {
	if (!Number.isInteger(week) || week < 1 || week > 53) return null;
	const jan4 = toIsoDay(year, 1, 4);
	const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
	const monday = addDays(week1Monday, (week - 1) * 7);
	if (week === 53 && isoWeekYear(monday) !== year) return null;
	return monday;
}

function isoWeekYear(iso: IsoDay): number {
	const thursday = addDays(iso, 4 - isoWeekday(iso));
	return Number(thursday.slice(0, 4));
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
