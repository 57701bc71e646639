import { MORNING_NOUN } from "../relative-day";
import { isTitle } from "../weekday-rules";
import { BARE_ABBREVIATIONS } from "../vocabulary";
import type { Refiner } from "./refiner";

/**
 * Prose that chrono-node reads as a date: "Ich mache das so" (So = Sonntag), "we may call" (May),
 * "am Morgen" (the morning, not tomorrow), "Fr. Schmitt" (Frau, not Freitag). Abbreviated weekdays count only with their dot ("Mo.").
 */
const WEEKDAY_ABBREVIATION = new RegExp(`^(?:(?:am|on)\\s+)?(?:${BARE_ABBREVIATIONS.join("|")})$`, "i");

export const rejectProse: Refiner = (match) => {
	const text = match.text.trim();
	if (WEEKDAY_ABBREVIATION.test(text) && !match.after.startsWith(".")) return null;
	// "Fr. Schmitt": a title before a name. Friday only after am/bis/ab/nächsten or before a date, a time or a clause's end.
	if (/^fr\.?$/i.test(text) && !/(?:^|\s)(?:am|bis|ab|nächsten|naechsten)\s*$/i.test(match.before) && isTitle(match.after)) return null;
	if (/^morgens?$/i.test(text) && MORNING_NOUN.test(match.before)) return null;
	if (/^may$/i.test(text)) return null;
	return undefined;
};
