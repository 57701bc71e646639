import { RELATIVE_DE, RELATIVE_EN, WEEKDAY_NAMES } from "../vocabulary";
import type { Refiner } from "./refiner";

/**
 * "nächste Woche Dienstag", "letzte Woche Freitag", "next week Tuesday": chrono reads the week and the weekday as two dates.
 * The week gives way, so the weekday (read with its week by `weekdayAfterReference`) counts.
 */
const WEEK = new RegExp(`^(?:${[...RELATIVE_DE.next, ...RELATIVE_DE.past, ...RELATIVE_EN.next, ...RELATIVE_EN.past].join("|")})\\s+(?:woche|week)$`, "i");
const WEEKDAY_NEXT = new RegExp(`^,?\\s*(?:am\\s+|on\\s+)?(?:${WEEKDAY_NAMES})`, "i");

export const weekThenWeekday: Refiner = (match) => (WEEK.test(match.text) && WEEKDAY_NEXT.test(match.after) ? null : undefined);
