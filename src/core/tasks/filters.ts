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
	// The task view sorts thousands on opening, so each activity's order is read once into two numbers
	// and the comparison compares numbers only: date and class in the first, file and line in the second
	// (a note of at most 20 MB has fewer than 10^8 lines).
	const places = new Map([...new Set(activities.map((a) => a.path))].sort(compare).map((path, i) => [path, i]));
	const ranks = new Map<string, number>();
	const keyed = activities.map((a) => {
		let rank = ranks.get(a.customer);
		if (rank === undefined) ranks.set(a.customer, (rank = priority(customers.get(a.customer))));
		const day = dayNumber(a.date);
		return { a, first: by === "priority" ? rank * 100_000_000 + day : day * 10 + rank, place: (places.get(a.path) ?? 0) * 100_000_000 + a.line };
	});
	keyed.sort((x, y) => x.first - y.first || x.place - y.place);
	return keyed.map((k) => k.a);
}

/**
 * A day as the number YYYYMMDD, in the order of its text. Undated counts as the text "9999" would:
 * after every day before the year 9999 and before every day in it.
 */
function dayNumber(day: IsoDay | null): number {
	if (day === null) return 99_990_000;
	return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}
