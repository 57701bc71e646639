import { daysBetween, type Lang } from "../../core/api";

/**
 * Dates and amounts as the user reads them, with the platform's Intl (no date library in the plugin
 * bundle: it must stay small for mobile). `2026-11-23` → "23.11.2026" or "Nov 23, 2026".
 */
const EN_DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const EN_MONTH_DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export function formatDay(iso: string, lang: Lang): string {
	const partial = /^--(\d{2})-(\d{2})$/.exec(iso);
	const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (partial) {
		const [month, day] = [partial[1] ?? "", partial[2] ?? ""];
		return lang === "de" ? `${day}.${month}.` : EN_MONTH_DAY.format(Date.UTC(2000, Number(month) - 1, Number(day)));
	}
	if (!full) return iso;
	const [year, month, day] = [full[1] ?? "", full[2] ?? "", full[3] ?? ""];
	return lang === "de" ? `${day}.${month}.${year}` : EN_DAY.format(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

export function formatPercent(share: number): string {
	return `${Math.round(share * 100)} %`;
}

export function formatMoney(amount: number, lang: Lang): string {
	return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-US", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(amount);
}

/** "heute", "morgen", "vor 3 Tagen" / "today", "tomorrow", "3 days ago", from whole days between. */
export function formatRelative(date: string, today: string, lang: Lang): string {
	return new Intl.RelativeTimeFormat(lang, { numeric: "auto" }).format(daysBetween(today, date), "day");
}
