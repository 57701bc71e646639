import { DUE_EMOJI } from "../text/tasks-symbols";
import type { DateExtractor } from "../dates/extract";
import { plannedDates, withoutPlannedDates } from "../dates/tasks-emoji";
import type { IsoDay } from "../model/day";
import { rewrittenInPlace } from "./reschedule";
import { withoutBlockId } from "./line-parts";

/**
 * Konkretisieren: the form starts with the item's text without its planned dates (a new date replaces
 * them) and without its block id (the line keeps that itself).
 */
export function concretizeDraft(itemText: string): string {
	return withoutPlannedDates(withoutBlockId(itemText));
}

/** The text to write when no new date was given: the old planned dates stay, unless the new text names its own. */
export function keepPlannedDates(itemText: string, next: string): string {
	if (plannedDates(next).length > 0) return next;
	return [next, ...plannedDates(withoutBlockId(itemText))].join(" ");
}

/**
 * The text with the new date where the text names its own (`am 3.12.`, `[fällig:: …]`, `morgen`,
 * `KW 49`: rewritten as Reschedule does), else with a `📅` added.
 */
export function withNewDate(text: string, date: IsoDay, dates: DateExtractor, reference: IsoDay): string {
	return rewrittenInPlace(text, date, dates, reference) ?? `${text} ${DUE_EMOJI} ${date}`;
}
