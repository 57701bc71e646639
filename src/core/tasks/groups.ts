import { addDays } from "../dates/day";
import type { Activity } from "../model/activity";
import type { IsoDay } from "../model/day";

export type GroupKey = "overdue" | "today" | "next7" | "later" | "undated" | "done";

export const GROUP_ORDER: readonly GroupKey[] = ["overdue", "today", "next7", "later", "undated", "done"];

export interface TaskGroup {
	key: GroupKey;
	items: Activity[];
}

/** Which group an activity falls in on `today`: open ones by date, done and cancelled ones together. `weekEnd`: today + 7, given when grouping many. */
export function groupOf(activity: Activity, today: IsoDay, weekEnd: IsoDay = addDays(today, 7)): GroupKey {
	if (activity.status !== "open") return "done";
	if (!activity.date) return "undated";
	// A period is due from its first day and overdue only after its last (CONTRACT).
	if ((activity.dateEnd ?? activity.date) < today) return "overdue";
	if (activity.date <= today) return "today";
	return activity.date <= weekEnd ? "next7" : "later";
}

/** The task view's groups, in their fixed order, each keeping the order it is given. Empty groups stay out. */
export function groupTasks(activities: readonly Activity[], today: IsoDay): TaskGroup[] {
	const groups = new Map<GroupKey, Activity[]>(GROUP_ORDER.map((k) => [k, []]));
	const weekEnd = addDays(today, 7);
	for (const a of activities) groups.get(groupOf(a, today, weekEnd))?.push(a);
	return GROUP_ORDER.flatMap((key) => {
		const items = groups.get(key) ?? [];
		return items.length ? [{ key, items }] : [];
	});
}
