import { replaceDueDate } from "../dates/tasks-emoji";
import { DUE_EMOJI, emojiPattern } from "../text/tasks-symbols";
import type { IsoDay } from "../model/day";
import { isBlank } from "../text/blanks";
import { joinLine, splitLine } from "./line-parts";

// A field Tasks writes after the due date (cancelled, done), at the end of what it is given.
const LATER_FIELD = new RegExp(`(?:${emojiPattern(["cancelled", "done"])})\\uFE0F?[ \\t]*\\d{4}-\\d{2}-\\d{2}$`, "u");

/**
 * Writes `date` as the Tasks due date, where the Tasks plugin puts it: after the text and the fields
 * before it, before a trailing ❌/✅ date and the block id. An existing due date is replaced; the 📅
 * wins over any words by precedence. A plain bullet stays one. Null for a line that is no list item.
 */
export function addDueDate(line: string, date: IsoDay): string | null {
	const parts = splitLine(line);
	if (!parts) return null;
	return joinLine({ ...parts, text: replaceDueDate(parts.text, date) ?? withDueDate(parts.text, date) });
}

/** An item's text that has no due date, with `📅 date` put where Tasks puts it. */
export function withDueDate(text: string, date: IsoDay): string {
	const due = `${DUE_EMOJI} ${date}`;
	const at = laterFieldsStart(text);
	const before = text.slice(0, at);
	const after = text.slice(at).trimStart();
	return [at < text.length ? before.trimEnd() : before, due, after].filter((p) => p !== "").join(" ");
}

/** Where the run of ❌/✅ dates that ends the text begins, blanks before it included; the text's length without one. */
function laterFieldsStart(text: string): number {
	let start = text.length;
	for (;;) {
		let end = start;
		while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
		// A field as written is short: looking 32 units back keeps the search linear in the line.
		const field = LATER_FIELD.exec(text.slice(Math.max(0, end - 32), end));
		if (!field) return start;
		const at = end - field[0].length;
		if (at > 0 && !isBlank(text.charCodeAt(at - 1))) return start;
		start = at;
	}
}
