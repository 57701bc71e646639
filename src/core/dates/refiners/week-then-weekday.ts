import type { Refiner } from "./refiner";

/**
 * "nächste Woche Dienstag", "next week Tuesday": chrono reads the week and the weekday as two dates.
 * The week gives way, so the weekday (read with its week by `weekdayAfterReference`) counts.
 */
const WEEK = /^(?:nächste|naechste|kommende|next)\s+(?:woche|week)$/i;
const WEEKDAY_NEXT = /^,?\s*(?:am\s+|on\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;

export const weekThenWeekday: Refiner = (match) => (WEEK.test(match.text) && WEEKDAY_NEXT.test(match.after) ? null : undefined);
