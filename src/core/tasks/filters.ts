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
	const byDate = (a: Activity, b: Activity) => compare(a.date ?? "9999", b.date ?? "9999");
	const byPlace = (a: Activity, b: Activity) => compare(a.path, b.path) || a.line - b.line;
	const byPriority = (a: Activity, b: Activity) => priority(customers.get(a.customer)) - priority(customers.get(b.customer));
	return [...activities].sort((a, b) => (by === "priority" ? byPriority(a, b) || byDate(a, b) : byDate(a, b) || byPriority(a, b)) || byPlace(a, b));
}
