import type { CustomerRecord } from "../customers/customer-record";
import type { Activity, ActivityStatus } from "../model/activity";
import type { AbcClass } from "../model/customer";
import type { IsoDay } from "../model/day";
import { priority } from "../review/collect";
import { fold } from "../text/fold";
import { compare } from "../text/compare";
import { effectiveAbc } from "../customers/effective-abc";

/** What the task view and the `kundenaufgaben` block filter by. Every field is optional. */
export interface TaskFilter {
	vagueOnly?: boolean;
	abc?: AbcClass | null;
	phaseModel?: string | null;
	phase?: string | null;
	/** Path of a customer note. */
	customer?: string | null;
	status?: ActivityStatus | null;
	text?: string;
	/** Only activities due up to this day (inclusive); undated ones drop out. */
	until?: IsoDay | null;
}

export type TaskSort = "date" | "priority";

export function filterTasks(activities: readonly Activity[], customers: ReadonlyMap<string, CustomerRecord>, filter: TaskFilter): Activity[] {
	const needle = filter.text ? fold(filter.text.trim()) : "";
	return activities.filter((a) => {
		const c = customers.get(a.customer);
		if (filter.vagueOnly && !a.vague) return false;
		if (filter.status && a.status !== filter.status) return false;
		if (filter.customer && a.customer !== filter.customer) return false;
		if (filter.abc && effectiveAbc(c) !== filter.abc) return false;
		if (filter.phaseModel && c?.phaseModel !== filter.phaseModel) return false;
		if (filter.phase && c?.phase !== filter.phase) return false;
		if (filter.until && (!a.date || a.date > filter.until)) return false;
		if (needle && !fold(`${a.text} ${c?.name ?? ""}`).includes(needle)) return false;
		return true;
	});
}

/** By date (undated last), or by customer priority (A first) and then date; ties by file and line. */
export function sortTasks(activities: readonly Activity[], customers: ReadonlyMap<string, CustomerRecord>, by: TaskSort): Activity[] {
	// Each activity's keys are read once, not at every comparison: the task view sorts thousands on opening.
	const ranks = new Map<string, number>();
	const keyed = activities.map((a) => {
		let rank = ranks.get(a.customer);
		if (rank === undefined) ranks.set(a.customer, (rank = priority(customers.get(a.customer))));
		return { a, rank, date: a.date ?? "9999" };
	});
	type Keyed = (typeof keyed)[number];
	const byDate = (x: Keyed, y: Keyed) => compare(x.date, y.date);
	const byPriority = (x: Keyed, y: Keyed) => x.rank - y.rank;
	const byPlace = (x: Keyed, y: Keyed) => compare(x.a.path, y.a.path) || x.a.line - y.a.line;
	keyed.sort((x, y) => (by === "priority" ? byPriority(x, y) || byDate(x, y) : byDate(x, y) || byPriority(x, y)) || byPlace(x, y));
	return keyed.map((k) => k.a);
}
