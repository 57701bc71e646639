import { MORNING_NOUN } from "../relative-day";
import type { Refiner } from "./refiner";

/**
 * Prose that chrono-node reads as a date: "Ich mache das so" (So = Sonntag), "we may call" (May),
 * "am Morgen" (the morning, not tomorrow). Abbreviated weekdays count only with their dot ("Mo.").
 */
const WEEKDAY_ABBREVIATION = /^(?:(?:am|on)\s+)?(?:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;

export const rejectProse: Refiner = (match) => {
	const text = match.text.trim();
	if (WEEKDAY_ABBREVIATION.test(text) && !match.after.startsWith(".")) return null;
	if (/^morgens?$/i.test(text) && MORNING_NOUN.test(match.before)) return null;
	if (/^may$/i.test(text)) return null;
	return undefined;
};
