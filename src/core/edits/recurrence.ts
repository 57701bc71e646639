import { addDays, addMonths, daysBetween, isoWeekday } from "../dates/day";
import type { IsoDay } from "../model/day";

/**
 * The recurrence rules of the Tasks plugin (`🔁 every week`) that this plugin can follow itself when
 * Tasks is not there to do it: every day/week/month/year, every N of them, every weekday, every week
 * on named days, each optionally `when done`. Others are left to Tasks rather than guessed.
 */
export interface RecurrenceRule {
	unit: "day" | "week" | "month" | "year";
	every: number;
	/** ISO weekdays (Monday 1 … Sunday 7) a weekly rule falls on; empty for "the same weekday". */
	days: number[];
	/** Counted from the day it was done instead of from its date. */
	whenDone: boolean;
}

const DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const SIMPLE = /^every(?: (\d{1,4}))? (day|week|month|year)s?(?: on ([a-z, ]+?))?$/;

/** The rule of a `🔁` text (letters, digits, commas and blanks, as Tasks reads it), or null when not understood. */
export function parseRule(text: string): RecurrenceRule | null {
	let rule = text
		.trim()
		.toLowerCase()
		.replace(/[ \t]+/g, " ");
	const whenDone = rule.endsWith(" when done");
	if (whenDone) rule = rule.slice(0, -" when done".length);
	if (rule === "every weekday") return { unit: "week", every: 1, days: [1, 2, 3, 4, 5], whenDone };
	const m = SIMPLE.exec(rule);
	if (!m) return null;
	const every = m[1] === undefined ? 1 : Number(m[1]);
	const unit = m[2] as RecurrenceRule["unit"];
	if (every < 1) return null;
	if (m[3] === undefined) return { unit, every, days: [], whenDone };
	if (unit !== "week") return null;
	const days = m[3].split(/ *, *| and /).map((name) => DAY_NAMES.indexOf(name.trim()) + 1);
	if (days.some((d) => d === 0)) return null;
	return { unit, every, days: [...new Set(days)].sort((a, b) => a - b), whenDone };
}

/** The next day of the series after `from` (the task's own date, or the done day for `when done`). */
export function nextDay(rule: RecurrenceRule, from: IsoDay): IsoDay {
	if (rule.unit === "day") return addDays(from, rule.every);
	if (rule.unit === "month") return addMonths(from, rule.every);
	if (rule.unit === "year") return addMonths(from, 12 * rule.every);
	if (rule.days.length === 0) return addDays(from, 7 * rule.every);
	// Named days: the weeks of the series are counted from the week (Monday to Sunday) of `from`.
	const monday = addDays(from, 1 - isoWeekday(from));
	for (let step = 1; ; step++) {
		const day = addDays(from, step);
		const week = Math.floor(daysBetween(monday, day) / 7);
		if (week % rule.every === 0 && rule.days.includes(isoWeekday(day))) return day;
	}
}
