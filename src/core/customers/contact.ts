import { addDays, daysBetween } from "../dates/day";
import type { Messages } from "../i18n/messages";
import type { Activity } from "../model/activity";
import type { AbcClass, Problem } from "../model/customer";
import type { IsoDay } from "../model/day";
import { compare } from "../text/compare";

/** The latest done date among the customer's done activities (CONTRACT `lastContact`). */
export function lastContact(activities: readonly Activity[]): IsoDay | null {
	let last: IsoDay | null = null;
	for (const a of activities) if (a.status === "done" && a.doneDate && (!last || a.doneDate > last)) last = a.doneDate;
	return last;
}

/** How many contacts a customer record keeps for its history. */
export const RECENT_CONTACTS = 20;

/** The latest done activities, newest first; on one day by note, in a note the later line (logs are appended) first. */
export function recentContacts(activities: readonly Activity[], limit = RECENT_CONTACTS): Activity[] {
	const done = activities.filter((a) => a.status === "done" && a.doneDate !== null);
	const newer = (a: Activity, b: Activity) => compare(b.doneDate as string, a.doneDate as string) || compare(a.path, b.path) || b.line - a.line;
	return done.sort(newer).slice(0, limit);
}

/** The earliest open, dated, non-vague activity (CONTRACT `nextActivity`); ties go to the earlier line. */
export function nextOpen(activities: readonly Activity[]): Activity | null {
	let next: Activity | null = null;
	for (const a of activities) {
		if (a.status !== "open" || a.vague || !a.date) continue;
		if (!next || a.date < (next.date as string) || (a.date === next.date && (a.path < next.path || (a.path === next.path && a.line < next.line)))) next = a;
	}
	return next;
}

/** Days between contacts: the dossier's own interval, else the class default; null without either. */
export function contactInterval(own: number | null, abc: AbcClass | null, defaults: Record<AbcClass, number>): number | null {
	return own ?? (abc ? defaults[abc] : null);
}

/** `contactDue`: the day the next contact is due, the last contact plus the interval; null before the first contact. */
export function contactDue(last: IsoDay | null, interval: number | null): IsoDay | null {
	return last && interval !== null ? addDays(last, interval) : null;
}

/** How many days ahead a due contact is announced: a week, or a fifth of the interval when that is shorter. */
export function dueSoonDays(interval: number): number {
	return Math.min(7, Math.floor(interval / 5));
}

/**
 * The contact cadence in two levels, never both: `contact-overdue` when there was no contact yet or the
 * due day has passed; `contact-due` when the due day is today or within `dueSoonDays` ahead.
 */
export function contactProblem(last: IsoDay | null, interval: number | null, today: IsoDay, t: Messages): Problem | null {
	if (!last) return { code: "contact-overdue", message: t.problems.noContactYet() };
	const due = contactDue(last, interval);
	if (due === null || interval === null) return null;
	const ahead = daysBetween(today, due);
	if (ahead < 0) return { code: "contact-overdue", message: t.problems.contactOverdue(last, daysBetween(last, today), interval) };
	return ahead <= dueSoonDays(interval) ? { code: "contact-due", message: t.problems.contactDue(due, ahead) } : null;
}
