import type { IsoDay } from "../model/day";
import { addDays, isoWeekday } from "./day";
import { AFTER_NEXT_WORD, inflected, NEXT_DE, PAST_WORDS, RELATIVE_DE } from "./vocabulary";

/**
 * The CONTRACT's weekday rule, shared by our weekday parser and the refiner of chrono-node's results:
 * a weekday alone or with "nächsten"/"next" is the first such day after the reference; "letzten"/"last"
 * the latest before it; "Dienstag nächste Woche" / "nächste Woche Dienstag" that day of the next week,
 * "übernächsten Dienstag" / "Dienstag übernächste Woche" a week later, "letzte Woche Freitag" that day of the week before.
 */
export const PAST = new RegExp(`(?:${PAST_WORDS})\\s*$`, "i");
export const AFTER_NEXT = AFTER_NEXT_WORD;
const NEXT = NEXT_DE;
export const NEXT_WEEK_AFTER = new RegExp(`^,?\\s*(?:in\\s+der\\s+)?(${NEXT})\\s+woche|^,?\\s*next\\s+week`, "i");
export const NEXT_WEEK_BEFORE = new RegExp(`(${NEXT})\\s+woche,?\\s*(?:am\\s+)?$|next\\s+week,?\\s*(?:on\\s+)?$`, "i");

const LAST = inflected(RELATIVE_DE.past);
export const LAST_WEEK_AFTER = new RegExp(`^,?\\s*(?:in\\s+der\\s+)?${LAST}\\s+woche|^,?\\s*last\\s+week`, "i");
export const LAST_WEEK_BEFORE = new RegExp(`${LAST}\\s+woche,?\\s*(?:am\\s+)?$|last\\s+week,?\\s*(?:on\\s+)?$`, "i");

export type WeekdayWhen = "past" | "last-week" | "next" | "next-week" | "week-after-next";

/** `target` is an ISO weekday (Monday 1 … Sunday 7). */
export function weekdayDate(reference: IsoDay, target: number, when: WeekdayWhen): IsoDay {
	const current = isoWeekday(reference);
	if (when === "past") return addDays(reference, -(((current - target + 6) % 7) + 1));
	if (when === "last-week") return addDays(reference, -7 - current + target);
	if (when === "next-week") return addDays(reference, 7 - current + target);
	if (when === "week-after-next") return addDays(reference, 14 - current + target);
	return addDays(reference, ((target - current + 6) % 7) + 1);
}

/** Which week a weekday falls in, from the words around it ("nächste Woche", "übernächste Woche", "letzte Woche"). */
export function weekOf(after: string, before: string): WeekdayWhen {
	if (LAST_WEEK_AFTER.test(after) || LAST_WEEK_BEFORE.test(before)) return "last-week";
	const m = NEXT_WEEK_AFTER.exec(after) ?? NEXT_WEEK_BEFORE.exec(before);
	if (!m) return "next";
	return m[1] && AFTER_NEXT.test(m[1]) ? "week-after-next" : "next-week";
}

/**
 * `Fr. Schmitt`, `Fr. Dr. Weber`: a title before a name, not Friday. `Fr.` is Friday only before a date,
 * a time or the end of a clause (or after am/bis/ab/nächsten, which the caller checks).
 */
export function isTitle(after: string): boolean {
	return !/^\.?\s*(?:$|[\d,;:!?)\]–-])/u.test(after);
}
