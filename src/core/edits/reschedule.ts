import type { DateExtractor } from "../dates/extract";
import { replaceDueDate } from "../dates/tasks-emoji";
import type { IsoDay } from "../model/day";
import { joinLine, splitLine } from "./line-parts";
import { pinDate } from "./pin-date";
import { writeDayLike } from "./rewrite-day";

/**
 * Moves an item to `date` where its date is written, so the line holds one truth: the Tasks due
 * date, a Dataview field's value, or the day in the words (`am 3.12.` → `am 4.12.`, `on 23 November`
 * → `on 24 November`), in the writer's style. A date that cannot be rewritten faithfully (`morgen`,
 * `nächsten Dienstag`, `KW 49`, a range) stays, and a `📅` that wins by precedence is added.
 * `reference` is the day the line's words are read from. Null for a line that is no list item.
 */
export function setDueDate(line: string, date: IsoDay, dates: DateExtractor, reference: IsoDay): string | null {
	const parts = splitLine(line);
	if (!parts) return null;
	const replaced = replaceDueDate(parts.text, date);
	if (replaced !== null) return joinLine({ ...parts, text: replaced });
	const text = rewrittenInPlace(parts.text, date, dates, reference);
	return text === null ? pinDate(line, date) : joinLine({ ...parts, text });
}

/** The text with its own day rewritten where it stands, or null when that would not read as `date`. */
export function rewrittenInPlace(text: string, date: IsoDay, dates: DateExtractor, reference: IsoDay): string | null {
	const options = { openTask: true };
	const found = dates.locate(text, reference, options);
	// Only a fixed day that is the one the line reads as its own is rewritten.
	if (!found || found.relative || found.end !== null || dates.extract(text, reference, options).date !== found.date) return null;
	const written = writeDayLike(text.slice(found.index, found.index + found.length), date);
	if (written === null) return null;
	const next = text.slice(0, found.index) + written + text.slice(found.index + found.length);
	const read = dates.extract(next, reference, options);
	return read.date === date && read.dateEnd === null ? next : null;
}
