import { DateTime } from "luxon";
import type { Lang } from "../../core/i18n/lang";

/** `2026-11-23` as the user reads it: "23.11.2026" or "Nov 23, 2026". Partial birthdays (`--11-25`) too. */
export function formatDay(iso: string, lang: Lang): string {
	const partial = /^--(\d{2})-(\d{2})$/.exec(iso);
	if (partial) return lang === "de" ? `${partial[2]}.${partial[1]}.` : DateTime.fromObject({ year: 2000, month: Number(partial[1]), day: Number(partial[2]) }).setLocale("en").toFormat("LLL d");
	const day = DateTime.fromISO(iso, { zone: "utc" });
	if (!day.isValid) return iso;
	return lang === "de" ? day.toFormat("dd.MM.yyyy") : day.setLocale("en").toFormat("LLL d, yyyy");
}

export function formatPercent(share: number): string {
	return `${Math.round(share * 100)} %`;
}

export function formatMoney(amount: number, lang: Lang): string {
	return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-US", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(amount);
}
