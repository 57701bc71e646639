import type { IsoDay } from "../model/day";
import { isValidDay, toIsoDay } from "../dates/day";
import { escapeRegExp } from "../text/escape-regexp";

/**
 * Recognises daily notes by their file name in the Daily notes format (moment.js tokens, default
 * `YYYY-MM-DD`). Only the tokens that make up a date are needed; literal text and `[escaped]` parts
 * must match as written. A format with folders (`YYYY/MM/YYYY-MM-DD`) is matched by its last part.
 */
const TOKENS: Array<[string, string, "year" | "month" | "day" | null]> = [
	["YYYY", "(\\d{4})", "year"],
	["YY", "(\\d{2})", "year"],
	["MMMM", "\\p{L}+", null],
	["MMM", "\\p{L}+\\.?", null],
	["MM", "(\\d{2})", "month"],
	["M", "(\\d{1,2})", "month"],
	["DD", "(\\d{2})", "day"],
	["Do", "(\\d{1,2})\\p{L}*\\.?", "day"],
	["D", "(\\d{1,2})", "day"],
	["dddd", "\\p{L}+", null],
	["ddd", "\\p{L}+\\.?", null],
	["ww", "\\d{2}", null],
	["w", "\\d{1,2}", null],
	["gggg", "\\d{4}", null],
];

export interface DailyNoteMatcher {
	dateOf(basename: string): IsoDay | null;
}

export function dailyNoteMatcher(format = "YYYY-MM-DD"): DailyNoteMatcher {
	const last = format.split("/").pop() || "YYYY-MM-DD";
	const parts: Array<"year" | "month" | "day"> = [];
	let source = "";
	for (let i = 0; i < last.length; ) {
		if (last[i] === "[") {
			const end = last.indexOf("]", i);
			const literal = end < 0 ? last.slice(i + 1) : last.slice(i + 1, end);
			source += escapeRegExp(literal);
			i = end < 0 ? last.length : end + 1;
			continue;
		}
		const token = TOKENS.find(([t]) => last.startsWith(t, i));
		if (token) {
			source += token[1];
			if (token[2]) parts.push(token[2]);
			i += token[0].length;
		} else {
			source += escapeRegExp(last[i] ?? "");
			i++;
		}
	}
	const pattern = new RegExp(`^${source}$`, "u");
	const complete = parts.includes("year") && parts.includes("month") && parts.includes("day");
	return {
		dateOf(basename) {
			if (!complete) return null;
			const m = pattern.exec(basename);
			if (!m) return null;
			const value = { year: 0, month: 0, day: 0 };
			parts.forEach((part, k) => {
				const raw = m[k + 1] ?? "";
				value[part] = part === "year" && raw.length === 2 ? 2000 + Number(raw) : Number(raw);
			});
			return isValidDay(value.year, value.month, value.day) ? toIsoDay(value.year, value.month, value.day) : null;
		},
	};
}

/**
 * A daily note's file name for a day in a moment.js format. Numeric tokens and `[escaped]` text are
 * supported; a format with names of days or months gives null (the caller falls back to YYYY-MM-DD).
 */
export function formatDailyNoteName(day: IsoDay, format = "YYYY-MM-DD"): string | null {
	const [y, m, d] = day.split("-");
	const values: Record<string, string> = { YYYY: y ?? "", YY: (y ?? "").slice(2), MM: m ?? "", M: String(Number(m)), DD: d ?? "", D: String(Number(d)) };
	let out = "";
	for (let i = 0; i < format.length; ) {
		if (format[i] === "[") {
			const end = format.indexOf("]", i);
			out += end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
			i = end < 0 ? format.length : end + 1;
			continue;
		}
		const token = ["YYYY", "YY", "MM", "M", "DD", "D"].find((t) => format.startsWith(t, i));
		if (token) {
			out += values[token];
			i += token.length;
		} else if (/[A-Za-z]/.test(format[i] ?? "")) {
			return null;
		} else {
			out += format[i];
			i++;
		}
	}
	return out;
}
