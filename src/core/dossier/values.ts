import { isIsoDay, isValidDay, toIsoDay } from "../dates/day";

/** Frontmatter values as users type them, read leniently but never guessed. */

/** `2026-11-23` or `23.11.2026` → `2026-11-23`; anything else stays as written. */
export function normalizeDay(text: string): string {
	const t = text.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
	const de = iso ? null : /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
	const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : de ? [de[3], de[2], de[1]] : [];
	if (y && m && d && isValidDay(Number(y), Number(m), Number(d))) return toIsoDay(Number(y), Number(m), Number(d));
	return t;
}

/** A day, or null when the value is not a valid calendar day. */
export function readDay(value: unknown): string | null {
	if (typeof value !== "string" && typeof value !== "number") return null;
	const day = normalizeDay(String(value));
	// normalizeDay leaves an impossible day (2026-02-31) as written: it is no day.
	return isIsoDay(day) ? day : null;
}

/**
 * An amount: a YAML number, or a string such as `120000`, `120.000 €`, `1.250.000,50 EUR`.
 * German thousands dots are read as such; negative or unreadable amounts give null.
 */
export function readAmount(value: unknown): number | null {
	if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
	if (typeof value !== "string") return null;
	const t = value.replace(/\s|€|eur(o)?/gi, "");
	let n: number;
	if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) n = Number(t.replace(/\./g, "").replace(",", "."));
	else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) n = Number(t.replace(/,/g, ""));
	else if (/^\d+(,\d+)?$/.test(t)) n = Number(t.replace(",", "."));
	else if (/^\d+\.\d+$/.test(t)) n = Number(t);
	else return null;
	return Number.isFinite(n) && n >= 0 ? n : null;
}

/** A number of days: `14`, `"14"`, `2 Wochen`, `3 Monate`, `2 weeks`. */
export function readDays(value: unknown): number | null {
	if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : null;
	if (typeof value !== "string") return null;
	const m = /^\s*(\d+)\s*(tage?n?|d|days?|wochen?|w|weeks?|monate?n?|m|months?)?\s*$/i.exec(value);
	if (!m) return null;
	const n = Number(m[1]);
	const unit = (m[2] ?? "d").toLowerCase();
	const days = /^w/.test(unit) ? n * 7 : /^m/.test(unit) ? n * 30 : n;
	return days > 0 ? days : null;
}

/** Text for display: strings, numbers, and lists joined; objects are not text. */
export function readText(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === "string") return value.trim() || null;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (Array.isArray(value)) {
		const parts = value.map(readText).filter((v): v is string => v !== null);
		return parts.length ? parts.join(", ") : null;
	}
	return null;
}

/** A list of texts: a YAML list, or a single value as a list of one. */
export function readTextList(value: unknown): string[] {
	if (value === null || value === undefined) return [];
	const items = Array.isArray(value) ? value : [value];
	return items
		.map((v: unknown) => (typeof v === "object" && v !== null ? readText(Object.values(v as Record<string, unknown>)) : readText(v)))
		.filter((v): v is string => v !== null);
}
