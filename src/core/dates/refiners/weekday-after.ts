import { NEXT_WEEK_AFTER, PAST, weekdayDate, weekOf } from "../weekday-rules";
import type { Refiner } from "./refiner";

/**
 * chrono-node would pick last Friday for "call back Friday" and skip a week for "next Tuesday";
 * weekdays it reads follow the CONTRACT's rule instead (weekday-rules.ts).
 */
export const weekdayAfterReference: Refiner = (match, reference) => {
	const { weekday, day } = match.known;
	if (weekday === undefined || day !== undefined) return undefined;
	const target = weekday === 0 ? 7 : weekday;
	if (PAST.test(match.before) || PAST.test(match.text.replace(/\S+$/, ""))) return weekdayDate(reference, target, "past");
	const inText = match.text.replace(/^\S+/, "");
	return weekdayDate(reference, target, NEXT_WEEK_AFTER.test(inText) ? weekOf(inText, "") : weekOf(match.after, match.before));
};
