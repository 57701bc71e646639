import type { IsoDay } from "../model/day";

export const GERMAN_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
export const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const GERMAN_SHORT = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
const ENGLISH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^(\d{1,2})\.(\d{1,2})(\.?)(\d{4}|\d{2})?$/;
const DAY_MONTH = /^(\d{1,2})(\.?)(\s+)(\p{L}+)(\.?)(,?\s+\d{4})?$/u;
const MONTH_DAY = /^(\p{L}+)(\.?)(\s+)(\d{1,2})(st|nd|rd|th)?(,?\s+\d{4})?$/u;

/**
 * A day as the writer wrote the old one: `3.12.` → `4.12.`, `23. November` → `24. November`,
 * `Nov 23, 2026` → `Nov 24, 2026`, ISO as ISO. Null for a form it does not know (a phrase, a range).
 * The caller checks that the line then reads as the new day.
 */
export function writeDayLike(written: string, date: IsoDay): string | null {
	const [year, month, day] = date.split("-").map(Number) as [number, number, number];
	if (ISO.test(written)) return date;
	const numeric = NUMERIC.exec(written);
	if (numeric) {
		const [, d, m, dot, y] = numeric as unknown as [string, string, string, string, string | undefined];
		const yearText = y === undefined ? "" : y.length === 2 ? pad(year % 100) : String(year);
		// `03.12.` pads both parts: a month of two digits does not show whether the writer pads.
		const padded = /^0/.test(d) || /^0/.test(m);
		return `${padded ? pad(day) : day}.${padded ? pad(month) : month}${dot}${yearText}`;
	}
	const dm = DAY_MONTH.exec(written);
	if (dm) {
		const [, d, dot, gap, name, nameDot, y] = dm as unknown as [string, string, string, string, string, string, string | undefined];
		const names = monthNames(name, dot === ".");
		return names && `${like(d, day)}${dot}${gap}${cased(name, names[month - 1] as string)}${nameDot}${yearLike(y, year)}`;
	}
	const md = MONTH_DAY.exec(written);
	if (md) {
		const [, name, nameDot, gap, d, suffix, y] = md as unknown as [string, string, string, string, string, string | undefined, string | undefined];
		const names = monthNames(name, false);
		return names && `${cased(name, names[month - 1] as string)}${nameDot}${gap}${like(d, day)}${suffix ? ordinal(day) : ""}${yearLike(y, year)}`;
	}
	return null;
}

/** The same with the year written out, for a day the nearest-year rule would read as another; null when it had one. */
export function writeDayWithYear(written: string, date: IsoDay): string | null {
	const yearless = NUMERIC.test(written)
		? `${written.endsWith(".") ? written : `${written}.`}2000`
		: DAY_MONTH.test(written)
			? `${written} 2000`
			: MONTH_DAY.test(written)
				? `${written}, 2000`
				: null;
	return yearless === null ? null : writeDayLike(yearless, date);
}

/** The list the written month name comes from; a name both languages share is German after a day with a dot. */
function monthNames(name: string, german: boolean): string[] | null {
	const lists = german ? [GERMAN_MONTHS, GERMAN_SHORT, ENGLISH_MONTHS, ENGLISH_SHORT] : [ENGLISH_MONTHS, ENGLISH_SHORT, GERMAN_MONTHS, GERMAN_SHORT];
	const lower = name.toLowerCase();
	return lists.find((list) => list.some((n) => n.toLowerCase() === lower)) ?? null;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A number written as the old one was: with a leading zero when it had one. */
const like = (old: string, n: number) => (old.length === 2 && old.startsWith("0") ? pad(n) : String(n));
const cased = (old: string, name: string) =>
	old === old.toLowerCase() ? name.toLowerCase() : old === old.toUpperCase() && old.length > 1 ? name.toUpperCase() : name;
const yearLike = (old: string | undefined, year: number) => (old === undefined ? "" : old.replace(/\d{4}/, String(year)));
const ordinal = (n: number) => (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");
