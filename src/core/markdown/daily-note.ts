import type { IsoDay } from "../model/day";
import type { Lang } from "../i18n/lang";
import { isoWeekday, isValidDay, toIsoDay } from "../dates/day";
import { escapeRegExp } from "../text/escape-regexp";
import { fold } from "../text/fold";
import { DAILY_NAMES, monthByName } from "./daily-note-names";

/**
 * Daily notes by their path in the Daily notes format (moment.js tokens, default `YYYY-MM-DD`):
 * numbers, month and weekday names in German and English (`dddd, D. MMMM YYYY`), `[escaped]` text,
 * and folders inside the format (`YYYY/MM/YYYY-MM-DD`). Literal text must match as written.
 */
type Part = "year" | "month" | "monthName" | "day";

const TOKENS: Array<[string, string, Part | null]> = [
	["YYYY", "(\\d{4})", "year"],
	["YY", "(\\d{2})", "year"],
	["MMMM", "(\\p{L}+)", "monthName"],
	["MMM", "(\\p{L}+\\.?)", "monthName"],
	["MM", "(\\d{2})", "month"],
	["M", "(\\d{1,2})", "month"],
	["DD", "(\\d{2})", "day"],
	["Do", "(\\d{1,2})(?:\\.|st|nd|rd|th)?", "day"],
	["D", "(\\d{1,2})", "day"],
	["dddd", "\\p{L}+", null],
	["ddd", "\\p{L}+\\.?", null],
	["dd", "\\p{L}+\\.?", null],
	["ww", "\\d{2}", null],
	["w", "\\d{1,2}", null],
	["gggg", "\\d{4}", null],
];

export interface DailyNoteMatcher {
	/** The day of a note, from its vault path without `.md` (or just its file name), or null. */
	dateOf(path: string): IsoDay | null;
}

export function dailyNoteMatcher(format = "YYYY-MM-DD"): DailyNoteMatcher {
	const parts: Part[] = [];
	let source = "";
	forEachToken(
		format || "YYYY-MM-DD",
		(literal) => (source += escapeRegExp(literal)),
		([, pattern, part]) => {
			source += pattern;
			if (part) parts.push(part);
		},
	);
	// A format with folders matches the end of the path; one without, the file name.
	const nested = format.includes("/");
	const pattern = new RegExp(`${nested ? "(?:^|/)" : "^"}${source}$`, "iu");
	const complete = parts.includes("year") && (parts.includes("month") || parts.includes("monthName")) && parts.includes("day");
	return {
		dateOf(path) {
			if (!complete) return null;
			const m = pattern.exec(nested ? path : path.slice(path.lastIndexOf("/") + 1));
			if (!m) return null;
			const value = { year: 0, month: 0, day: 0 };
			for (const [k, part] of parts.entries()) {
				const raw = m[k + 1] ?? "";
				if (part === "monthName") value.month = monthByName(fold(raw)) ?? 0;
				else value[part] = part === "year" && raw.length === 2 ? 2000 + Number(raw) : Number(raw);
			}
			return isValidDay(value.year, value.month, value.day) ? toIsoDay(value.year, value.month, value.day) : null;
		},
	};
}

/**
 * A daily note's path (without `.md`) for a day in a moment.js format, with month and weekday names in
 * the given language as Obsidian's moment writes them. Tokens it does not know give null (the caller
 * falls back to YYYY-MM-DD).
 */
export function formatDailyNoteName(day: IsoDay, format = "YYYY-MM-DD", lang: Lang = "de"): string | null {
	const [y = "", m = "", d = ""] = day.split("-");
	const names = DAILY_NAMES[lang];
	const weekday = isoWeekday(day) % 7; // Sunday first, as the name lists are
	const values: Record<string, string> = {
		YYYY: y,
		YY: y.slice(2),
		MMMM: names.months[Number(m) - 1] ?? "",
		MMM: names.monthsShort[Number(m) - 1] ?? "",
		MM: m,
		M: String(Number(m)),
		DD: d,
		Do: names.ordinal(Number(d)),
		D: String(Number(d)),
		dddd: names.weekdays[weekday] ?? "",
		ddd: names.weekdaysShort[weekday] ?? "",
		dd: names.weekdaysMin[weekday] ?? "",
	};
	let out = "";
	let known = true;
	forEachToken(
		format || "YYYY-MM-DD",
		(literal, escaped) => {
			// A moment.js token this reader does not write (hours, quarters, weeks…) would give a wrong name.
			if (!escaped && MOMENT_LETTERS.test(literal)) known = false;
			out += literal;
		},
		([token]) => {
			if (values[token] === undefined) known = false;
			out += values[token] ?? "";
		},
	);
	return known ? out : null;
}

/** A Daily notes template as Obsidian fills it for a new note: `{{date}}` and `{{title}}`. */
export function fillDailyTemplate(template: string, day: IsoDay, title: string): string {
	return template.replace(/\{\{\s*date\s*\}\}/gi, day).replace(/\{\{\s*title\s*\}\}/gi, title);
}

const MOMENT_LETTERS = /[YMDdwWgGEeQHhkmsSaAZXxNoLl]/;

/** Walks a moment.js format: `[escaped]` text and characters that start no token are literals. */
function forEachToken(format: string, literal: (text: string, escaped: boolean) => void, token: (t: (typeof TOKENS)[number]) => void): void {
	for (let i = 0; i < format.length;) {
		if (format[i] === "[") {
			const end = format.indexOf("]", i);
			literal(end < 0 ? format.slice(i + 1) : format.slice(i + 1, end), true);
			i = end < 0 ? format.length : end + 1;
			continue;
		}
		const found = TOKENS.find(([t]) => format.startsWith(t, i));
		if (found) {
			token(found);
			i += found[0].length;
		} else {
			literal(format[i] ?? "", false);
			i++;
		}
	}
}
