import type { DateExtractor } from "../dates/extract";
import { replaceDueDate } from "../dates/tasks-emoji";
import type { IsoDay } from "../model/day";
import { joinLine, splitLine } from "./line-parts";
import { withDueDate } from "./add-due-date";
import { phraseReplacements } from "./replace-phrase";
import { writeDayLike, writeDayWithYear } from "./rewrite-day";

/**
 * Moves an item to `date` where its date is written, so the line holds one truth: the Tasks due
 * date, a Dataview field's value, or the day in the words. A fixed day keeps the writer's style
 * (`am 3.12.` → `am 4.12.`, `on 23 November` → `on 24 November`); a phrase that counts from a day or
 * names a period or range (`morgen`, `nächsten Dienstag`, `KW 49`, `im Dezember`, `10.–12.12.`, `next
 * Tuesday`) becomes the one day in the phrase's language (`am 4. Dezember`, `bis 4. Dezember`, `on
 * December 4`; see replace-phrase). Only when no such text reads as `date` is a `📅` added, which wins
 * by precedence. `reference` is the day the line's words are read from. Null for a line that is no list item.
 */
export function setDueDate(line: string, date: IsoDay, dates: DateExtractor, reference: IsoDay): string | null {
	const parts = splitLine(line);
	if (!parts) return null;
	const text = replaceDueDate(parts.text, date) ?? rewrittenInPlace(parts.text, date, dates, reference) ?? withDueDate(parts.text, date);
	return joinLine({ ...parts, text });
}

/** The text with its own day or phrase rewritten where it stands, or null when none would read as `date`. */
export function rewrittenInPlace(text: string, date: IsoDay, dates: DateExtractor, reference: IsoDay): string | null {
	const options = { openTask: true };
	const found = dates.locate(text, reference, options);
	// Only the date the line reads as its own is rewritten.
	if (!found) return null;
	const own = dates.extract(text, reference, options);
	if (own.date !== found.date || own.dateEnd !== found.end) return null;
	const old = text.slice(found.index, found.index + found.length);
	const written = found.relative || found.end !== null ? null : writeDayLike(old, date);
	const inPlace = (day: string | null) => (day === null ? [] : [text.slice(0, found.index) + day + text.slice(found.index + found.length)]);
	const candidates = written === null ? phraseReplacements(text, found, date) : [...inPlace(written), ...inPlace(writeDayWithYear(old, date))];
	return candidates.find((next) => readsAs(next, date, dates, reference)) ?? null;
}

function readsAs(text: string, date: IsoDay, dates: DateExtractor, reference: IsoDay): boolean {
	const read = dates.extract(text, reference, { openTask: true });
	return read.date === date && read.dateEnd === null && !read.relative;
}
