import { addDays, daysBetween, isIsoDay } from "../dates/day";
import type { IsoDay } from "../model/day";
import { withoutDateFields } from "./date-fields";
import type { LineParts } from "./line-parts";
import { nextDay, parseRule } from "./recurrence";

// The rule runs up to the next field, as Tasks reads it: letters, digits, commas, blanks.
const RULE = /🔁\uFE0F?[ \t]*([a-zA-Z0-9, !]*)/u;
// Due, scheduled and start dates move with the series, the due date leading.
const PLANNED = /(📅|📆|🗓\uFE0F?|⏳|⌛|🛫)(\uFE0F?[ \t]*)(\d{4}-\d{2}-\d{2})/gu;
const DUE = new Set(["📅", "📆", "🗓", "🗓\uFE0F"]);
const SCHEDULED = new Set(["⏳", "⌛"]);

/** Whether the text names a recurrence (`🔁 …`), understood or not. */
export function isRecurring(text: string): boolean {
	return text.includes("🔁");
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
	const text = withoutDateFields(parts.text, ["✅", "❌", "➕"]);
	if (reference === undefined) return { ...parts, checkbox: " ", text, tail: "" };
	const next = nextDay(rule, rule.whenDone ? today : reference);
	const moved = text.replace(PLANNED, (_all, emoji: string, gap: string, day: string) => `${emoji}${gap}${addDays(next, daysBetween(reference, day))}`);
	return { ...parts, checkbox: " ", text: moved, tail: "" };
}
