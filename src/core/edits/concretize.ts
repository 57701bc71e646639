import { plannedDates, withoutPlannedDates } from "../dates/tasks-emoji";
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
