import { addDays, isoWeekday } from "../day";
import type { Refiner } from "./refiner";

/**
 * A weekday alone or with "nächsten"/"next" means the first such day after the reference date
 * (CONTRACT); chrono-node would pick last Friday for "call back Friday" and skip a week for
 * "next Tuesday". "letzten"/"last" means the latest such day before it.
 */
const PAST = /(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|last|past|previous)\s*$/i;
/** "Dienstag nächste Woche", "next week Tuesday": that weekday in the week after the reference's week. */
const NEXT_WEEK_AFTER = /^,?\s*(?:in\s+der\s+)?(?:nächste[nr]?|naechste[nr]?|kommende[nr]?)\s+woche|^,?\s*next\s+week/i;
const NEXT_WEEK_BEFORE = /(?:nächste[nr]?|naechste[nr]?|kommende[nr]?)\s+woche,?\s*(?:am\s+)?$|next\s+week,?\s*(?:on\s+)?$/i;

export const weekdayAfterReference: Refiner = (match, reference) => {
	const { weekday, day } = match.known;
	if (weekday === undefined || day !== undefined) return undefined;
	const target = weekday === 0 ? 7 : weekday;
	const current = isoWeekday(reference);
	const pastWanted = PAST.test(match.before) || PAST.test(match.text.replace(/\S+$/, ""));
	if (pastWanted) return addDays(reference, -(((current - target + 6) % 7) + 1));
	const inText = match.text.replace(/^\S+/, "");
	if (NEXT_WEEK_AFTER.test(match.after) || NEXT_WEEK_AFTER.test(inText) || NEXT_WEEK_BEFORE.test(match.before)) return addDays(reference, 7 - current + target);
	return addDays(reference, ((target - current + 6) % 7) + 1);
};
