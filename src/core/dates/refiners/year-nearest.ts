import { nearestYear } from "../year-nearest";
import type { Refiner } from "./refiner";

/** Day and month without a year ("Am 15. November"): the year rule of `year-nearest` (forward for open tasks). */
export const yearNearestToReference: Refiner = (match, reference, forward) => {
	const { year, month, day } = match.known;
	if (year !== undefined || month === undefined || day === undefined) return undefined;
	return nearestYear(month, day, reference, forward);
};
