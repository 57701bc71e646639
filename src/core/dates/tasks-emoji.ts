import type { IsoDay } from "../model/day";
import { isIsoDay } from "./day";
import { DUE_EMOJI, emojiPattern, PLANNING_FIELDS, TASKS_DATE_EMOJI, type TasksDateField } from "../text/tasks-symbols";

/**
 * Dates in the Tasks plugin's emoji format: `📅 2026-11-23` due, `⏳` scheduled, `🛫` start,
 * `✅` done, `➕` created and `❌` cancelled (the last two are read only so they are not taken
 * for the activity's date). Variation selectors and the alternative emoji Tasks accepts are allowed.
 */
type Field = TasksDateField;
const FIELDS = Object.keys(TASKS_DATE_EMOJI) as Field[];

const PATTERN = new RegExp(`(${emojiPattern(FIELDS)})\\uFE0F?\\s*(\\d{4}-\\d{2}-\\d{2})`, "gu");
/** Each emoji to its field. */
const FIELD_OF = new Map(FIELDS.flatMap((field) => TASKS_DATE_EMOJI[field].map((emoji) => [emoji as string, field] as const)));
// Whether a line may hold any of them: a plain class of each emoji's first code unit (a high surrogate beyond the BMP).
const ANY_EMOJI = new RegExp(`[${[...new Set([...FIELD_OF.keys()].map((emoji) => emoji[0]))].join("")}]`);

// The fields that plan an activity (due, scheduled, start), with the space before them.
const PLANNED = new RegExp(`\\s*(?:${emojiPattern(PLANNING_FIELDS)})\\uFE0F?\\s*\\d{4}-\\d{2}-\\d{2}`, "gu");

// Every form of the due date Tasks reads, so an old (or impossible) one is replaced, never doubled.
const DUE = new RegExp(`(?:${emojiPattern(["due"])})\\uFE0F?[ \\t]*\\d{4}-\\d{2}-\\d{2}`, "u");

/** The text with its Tasks due date set to `date` where it stands; null when the text has none. */
export function replaceDueDate(text: string, date: IsoDay): string | null {
	return DUE.test(text) ? text.replace(DUE, `${DUE_EMOJI} ${date}`) : null;
}

/** The text without the dates that plan it (every emoji Tasks accepts for them): what a new date replaces. */
export function withoutPlannedDates(text: string): string {
	return text.replace(PLANNED, "").trim();
}

/** Those dates as written (`📅 2026-11-25`), in their order: what stays when no new date replaces them. */
export function plannedDates(text: string): string[] {
	return (text.match(PLANNED) ?? []).map((field) => field.trim());
}

export interface EmojiDates {
	due: IsoDay | null;
	scheduled: IsoDay | null;
	start: IsoDay | null;
	done: IsoDay | null;
	/** The text with every emoji date removed, for the lower-precedence parsers. */
	rest: string;
}

/** `blank` gives what replaces a date in `rest` (one space; a caller that needs positions keeps the length). */
export function tasksEmojiDates(text: string, blank: (field: string) => string = () => " "): EmojiDates {
	const out: EmojiDates = { due: null, scheduled: null, start: null, done: null, rest: text };
	if (!ANY_EMOJI.test(text)) return out;
	out.rest = text.replace(PATTERN, (all: string, emoji: string, date: string) => {
		const field = FIELD_OF.get(emoji.replace("\uFE0F", ""));
		// An impossible day (📅 2026-02-31) is no date; the first valid mention of a field counts.
		if (field && field !== "created" && field !== "cancelled" && out[field] === null && isIsoDay(date)) out[field] = date;
		return blank(all);
	});
	return out;
}
