import type { IsoDay } from "../../model/day";
import { rejectProse } from "./reject-prose";
import type { NaturalMatch, Refiner } from "./refiner";
import { requireDay } from "./require-day";
import { weekThenWeekday } from "./week-then-weekday";
import { weekdayAfterReference } from "./weekday-after";
import { yearNearestToReference } from "./year-nearest";

/** Ordered: rejections first, then the rules that fix chrono's choice of day. */
export const REFINERS: readonly Refiner[] = [rejectProse, requireDay, weekThenWeekday, weekdayAfterReference, yearNearestToReference];

export function refine(match: NaturalMatch, reference: IsoDay, forward = false): IsoDay | null {
	for (const refiner of REFINERS) {
		const verdict = refiner(match, reference, forward);
		if (verdict !== undefined) return verdict;
	}
	return match.resolved;
}
