import type { CustomerRecord } from "../customers/customer-record";
import { daysBetween, isIsoDay } from "../dates/day";
import type { IsoDay } from "../model/day";
import { compare } from "../text/compare";
import { stuckDaysFor } from "./stuck-days";

export interface StuckCustomer {
	path: string;
	name: string;
	phaseModel: string;
	phase: string;
	/** The day of the last dated phase change. */
	since: IsoDay;
	days: number;
	threshold: number;
}

type StuckFields = Pick<CustomerRecord, "path" | "name" | "phaseModel" | "phase" | "phaseIndex" | "phaseNames" | "phaseHistory">;

/**
 * Customers whose last dated phase change lies more than their model's threshold before `today`,
 * longest first. The last phase of a model is where a relationship may rest, so it never counts;
 * nor does a customer without a dated history (nothing says how long it has stood there).
 */
export function stuckCustomers(customers: readonly StuckFields[], today: IsoDay, custom: Readonly<Record<string, number>>): StuckCustomer[] {
	const stuck: StuckCustomer[] = [];
	for (const c of customers) {
		if (c.phase === null || c.phaseIndex < 0 || c.phaseIndex === c.phaseNames.length - 1) continue;
		const since = lastChange(c.phaseHistory);
		if (since === null || since > today) continue;
		const days = daysBetween(since, today);
		const threshold = stuckDaysFor(c.phaseModel, custom);
		if (days > threshold) stuck.push({ path: c.path, name: c.name, phaseModel: c.phaseModel, phase: c.phase, since, days, threshold });
	}
	return stuck.sort((x, y) => y.days - x.days || compare(x.path, y.path));
}

/** The latest written day of the history (entries may be undated or out of order). */
function lastChange(history: readonly { date: string }[]): IsoDay | null {
	let last: IsoDay | null = null;
	for (const step of history) if (isIsoDay(step.date) && (last === null || step.date > last)) last = step.date;
	return last;
}
