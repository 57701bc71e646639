import type { ActivityStatus } from "../model/activity";
import type { IsoDay } from "../model/day";

/** What decides whether a list item is an activity, and which (CONTRACT "Which lines are activities"). */
export interface ItemFacts {
	/** The checkbox character, or null for a plain bullet. */
	checkbox: string | null;
	/** The item's own date, and whether it counts from a reference nothing anchored (floating). */
	ownDate: IsoDay | null;
	ownDateEnd: IsoDay | null;
	floating: boolean;
	/** The date of the nearest dated heading above, of the daily note, of the note's date property. */
	headingDate: IsoDay | null;
	dailyDate: IsoDay | null;
	/** Only outside customer notes: `datum`/`date`/`erstellt`/`created`. */
	propertyDate: IsoDay | null;
	/** A checkbox-less undated item in a customer note that names a pseudo-activity. */
	vaguePhrase: boolean;
	today: IsoDay;
}

/** An activity's kind, status and dates; null when the item is no activity. */
export interface ItemKind {
	kind: "task" | "log";
	status: ActivityStatus;
	date: IsoDay | null;
	dateEnd: IsoDay | null;
	floating: boolean;
}

/**
 * A task has a checkbox. A plain bullet with a date is a log: a contact on that day, or an
 * appointment while the day is ahead (open, never overdue). A plain bullet whose only date floats
 * is an open task, and so is an undated one naming a pseudo-activity in a customer note: both vague.
 */
export function itemKind(facts: ItemFacts): ItemKind | null {
	if (facts.checkbox !== null) {
		const date = facts.ownDate ?? facts.dailyDate;
		return {
			kind: "task",
			status: statusOf(facts.checkbox),
			date,
			dateEnd: facts.ownDate ? facts.ownDateEnd : null,
			floating: facts.ownDate !== null && facts.floating,
		};
	}
	if (facts.ownDate !== null && facts.floating) return { kind: "task", status: "open", date: facts.ownDate, dateEnd: facts.ownDateEnd, floating: true };
	const date = facts.ownDate ?? facts.headingDate ?? facts.dailyDate ?? facts.propertyDate;
	if (date !== null) {
		const dateEnd = facts.ownDate !== null ? facts.ownDateEnd : null;
		return { kind: "log", status: date <= facts.today ? "done" : "open", date, dateEnd, floating: false };
	}
	return facts.vaguePhrase ? { kind: "task", status: "open", date: null, dateEnd: null, floating: false } : null;
}

function statusOf(checkbox: string): ActivityStatus {
	if (checkbox === "x" || checkbox === "X") return "done";
	if (checkbox === "-") return "cancelled";
	return "open";
}
