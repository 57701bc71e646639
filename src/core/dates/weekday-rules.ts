import type { IsoDay } from "../model/day";
import { addDays, isoWeekday } from "./day";

/**
 * The CONTRACT's weekday rule, shared by our weekday parser and the refiner of chrono-node's results:
 * a weekday alone or with "nächsten"/"next" is the first such day after the reference; "letzten"/"last"
 * the latest before it; "Dienstag nächste Woche" / "nächste Woche Dienstag" that day of the next week.
 */
export const PAST = /(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|last|past|previous)\s*$/i;
export const NEXT_WEEK_AFTER = /^,?\s*(?:in\s+der\s+)?(?:nächste[nr]?|naechste[nr]?|kommende[nr]?)\s+woche|^,?\s*next\s+week/i;
export const NEXT_WEEK_BEFORE = /(?:nächste[nr]?|naechste[nr]?|kommende[nr]?)\s+woche,?\s*(?:am\s+)?$|next\s+week,?\s*(?:on\s+)?$/i;

/** `target` is an ISO weekday (Monday 1 … Sunday 7). */
export function weekdayDate(reference: IsoDay, target: number, when: "past" | "next-week" | "next"): IsoDay {
	const current = isoWeekday(reference);
	if (when === "past") return addDays(reference, -(((current - target + 6) % 7) + 1));
	if (when === "next-week") return addDays(reference, 7 - current + target);
	return addDays(reference, ((target - current + 6) % 7) + 1);
}
