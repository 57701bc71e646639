import { addDays, daysBetween, isIsoDay } from "../dates/day";
import { emojiPattern, PLANNING_FIELDS, RECURRENCE_EMOJI, TASKS_DATE_EMOJI } from "../text/tasks-symbols";
import type { IsoDay } from "../model/day";
import { withoutDateFields } from "./date-fields";
import type { LineParts } from "./line-parts";
import { nextDay, parseRule } from "./recurrence";

// The rule runs up to the next field, as Tasks reads it: letters, digits, commas, blanks.
const RULE = new RegExp(`${RECURRENCE_EMOJI}\\uFE0F?[ \\t]*([a-zA-Z0-9, !]*)`, "u");
// Due, scheduled and start dates move with the series, the due date leading.
const PLANNED = new RegExp(`(${emojiPattern(PLANNING_FIELDS)})(\\uFE0F?[ \\t]*)(\\d{4}-\\d{2}-\\d{2})`, "gu");
const DUE: ReadonlySet<string> = new Set(TASKS_DATE_EMOJI.due);
const SCHEDULED: ReadonlySet<string> = new Set(TASKS_DATE_EMOJI.scheduled);

/** Whether the text names a recurrence (`🔁 …`), understood or not. */
export function isRecurring(text: string): boolean {
	return text.includes(RECURRENCE_EMOJI);
}

/**
 * The open next occurrence of a recurring task, as Tasks writes it: the same line with each planned
 * date moved so the reference date (due, else scheduled, else start) lands on the series' next day,
 * counted from that date or, `when done`, from the done day; without done, cancelled and created
 * dates and without the block id, which belongs to the done line. Null for a rule not understood.
 */
export function nextOccurrence(parts: LineParts, today: IsoDay): LineParts | null {
	const rule = parseRule(RULE.exec(parts.text)?.[1] ?? "");
	if (!rule) return null;
	const dates = [...parts.text.matchAll(PLANNED)].map((m) => ({ emoji: m[1] as string, day: m[3] as string }));
	if (dates.some((d) => !isIsoDay(d.day))) return null;
	const reference = (dates.find((d) => DUE.has(d.emoji)) ?? dates.find((d) => SCHEDULED.has(d.emoji)) ?? dates[0])?.day;
	const text = withoutDateFields(parts.text, [...TASKS_DATE_EMOJI.done, ...TASKS_DATE_EMOJI.cancelled, ...TASKS_DATE_EMOJI.created]);
	if (reference === undefined) return { ...parts, checkbox: " ", text, tail: "" };
	const next = nextDay(rule, rule.whenDone ? today : reference);
	const moved = text.replace(PLANNED, (_all, emoji: string, gap: string, day: string) => `${emoji}${gap}${addDays(next, daysBetween(reference, day))}`);
	return { ...parts, checkbox: " ", text: moved, tail: "" };
}
