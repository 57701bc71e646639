import { NEXT_WEEK_AFTER, NEXT_WEEK_BEFORE, PAST, weekdayDate } from "../weekday-rules";
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
	const nextWeek = NEXT_WEEK_AFTER.test(match.after) || NEXT_WEEK_AFTER.test(inText) || NEXT_WEEK_BEFORE.test(match.before);
	return weekdayDate(reference, target, nextWeek ? "next-week" : "next");
};
