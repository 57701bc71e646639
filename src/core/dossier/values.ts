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
 * An amount as salespeople write it: `480000`, `480.000`, `480.000 €`, `€ 480.000,50`, `480.000,- €`,
 * `1,2 Mio`, `1,2 Mio. €`, `480 T€`, `480 TEUR`, `480k`, `1.250.000,50 EUR`, `120,000`, `1,250,000.50`.
 * A dot before three digits groups thousands (German); a comma is the decimal comma, except in groups
 * `1,250,000` or before `000` (`120,000`). `1,250` alone is either 1,25 or 1 250: unreadable, as are
 * negative amounts. A YAML number counts as written only when the written text is not at hand.
 */
export function readAmount(value: unknown): number | null {
	if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
	if (typeof value !== "string") return null;
	const m = AMOUNT.exec(value.replace(/\s+/g, " ").trim());
	if (!m) return null;
	const unit = (m[2] ?? "").toLowerCase().replace(/\.$/, "");
	const factor = MILLIONS.has(unit) ? 1e6 : BILLIONS.has(unit) ? 1e9 : THOUSANDS.has(unit) ? 1e3 : 1;
	const n = readNumber((m[1] ?? "").replace(/ /g, ""), factor !== 1);
	if (n === null) return null;
	// Cents at most: 1,2 Mio is 1 200 000, not 1 199 999.9999998.
	return Math.round(n * factor * 100) / 100;
}

const CURRENCY = String.raw`(?:€|eur(?:o)?)`;
const AMOUNT = new RegExp(
	String.raw`^(?:ca\.?\s*|~\s*)?(?:${CURRENCY}\s*)?(\d[\d. ,]*?)(?:,-{1,2})?\s*(mio\.?|millionen|million|mrd\.?|milliarden|tsd\.?|tausend|t|k|m)?\s*${CURRENCY}?$`,
	"i",
);
const MILLIONS = new Set(["mio", "million", "millionen", "m"]);
const BILLIONS = new Set(["mrd", "milliarden"]);
const THOUSANDS = new Set(["tsd", "tausend", "t", "k"]);

/** The number part; `scaled` when a unit follows (`1,250 Mio` then has a decimal comma). */
function readNumber(t: string, scaled: boolean): number | null {
	if (/^\d+$/.test(t)) return Number(t);
	// Both separators: the last one is the decimal mark, the other groups thousands.
	const de = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(t);
	if (de) return Number(`${(de[1] ?? "").replace(/\./g, "")}.${de[2] ?? "0"}`);
	const en = /^(\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+(?=\.))(?:\.(\d+))?$/.exec(t);
	if (en) return Number(`${(en[1] ?? "").replace(/,/g, "")}.${en[2] ?? "0"}`);
	const comma = /^(\d+),(\d+)$/.exec(t);
	if (comma) {
		const [whole, part] = [comma[1] ?? "", comma[2] ?? ""];
		if (part.length !== 3 || scaled) return Number(`${whole}.${part}`);
		return part === "000" ? Number(whole) * 1000 : null;
	}
	const point = /^(\d+)\.(\d{1,2}|\d{4,})$/.exec(t);
	return point ? Number(t) : null;
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
