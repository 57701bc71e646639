import type { IsoDay } from "../model/day";
import { DONE_EMOJI, TASKS_DATE_EMOJI } from "../text/tasks-symbols";
import { withoutDateFields } from "./date-fields";
import { joinLine, splitLine } from "./line-parts";
import { isRecurring, nextOccurrence } from "./next-occurrence";

/**
 * Done ⇄ open in the Tasks plugin's format: `- [ ] x` becomes `- [x] x ✅ 2026-11-23`, and back
 * without the ✅ date. An item without a checkbox gets one. Only the checkbox and the date change, so
 * ticking an open task and unticking it gives back its bytes. Null for a line that is no list item.
 */
export function toggleDone(line: string, today: IsoDay): string | null {
	const parts = splitLine(line);
	if (!parts) return null;
	const text = withoutDateFields(parts.text, TASKS_DATE_EMOJI.done);
	if (parts.checkbox === "x" || parts.checkbox === "X") return joinLine({ ...parts, checkbox: " ", text });
	// An open task that already names a done date would keep the old one as the first Tasks reads.
	return joinLine({ ...parts, checkbox: "x", text: `${text} ${DONE_EMOJI} ${today}` });
}

/** The lines that replace a toggled task, or why a recurring one was left alone. */
export type TaskToggle = { ok: true; lines: string[] } | { ok: false; reason: "not-an-item" | "unknown-recurrence" };

/**
 * Toggles a task and keeps its series: ticking a recurring task (`🔁 every week`) puts its next
 * occurrence above the done line, as Tasks does by default. A rule not understood is refused, never
 * dropped. Unticking never adds an occurrence.
 */
export function toggleTask(line: string, today: IsoDay): TaskToggle {
	const parts = splitLine(line);
	const done = toggleDone(line, today);
	if (!parts || done === null) return { ok: false, reason: "not-an-item" };
	const ticking = parts.checkbox !== null && parts.checkbox !== "x" && parts.checkbox !== "X";
	if (!ticking || !isRecurring(parts.text)) return { ok: true, lines: [done] };
	const next = nextOccurrence(parts, today);
	if (!next) return { ok: false, reason: "unknown-recurrence" };
	return { ok: true, lines: [joinLine(next), done] };
}
