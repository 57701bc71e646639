import { daysBetween } from "../dates/day";
import type { Messages } from "../i18n/messages";
import type { Activity } from "../model/activity";
import type { AbcClass, ActivityRef, Problem } from "../model/customer";
import type { IsoDay } from "../model/day";

/** The latest done date among the customer's done activities (CONTRACT `lastContact`). */
export function lastContact(activities: readonly Activity[]): IsoDay | null {
	let last: IsoDay | null = null;
	for (const a of activities) if (a.status === "done" && a.doneDate && (!last || a.doneDate > last)) last = a.doneDate;
	return last;
}

/** The earliest open, dated, non-vague activity; ties go to the earlier line. */
export function nextActivity(activities: readonly Activity[]): ActivityRef | null {
	let next: Activity | null = null;
	for (const a of activities) {
		if (a.status !== "open" || a.vague || !a.date) continue;
		if (!next || a.date < (next.date as string) || (a.date === next.date && (a.path < next.path || (a.path === next.path && a.line < next.line)))) next = a;
	}
	return next ? { path: next.path, line: next.line, date: next.date as string } : null;
}

/** Days between contacts: the dossier's own interval, else the class default; null without either. */
export function contactInterval(own: number | null, abc: AbcClass | null, defaults: Record<AbcClass, number>): number | null {
	return own ?? (abc ? defaults[abc] : null);
}

/** `contact-overdue`: never contacted, or the last contact is longer ago than the interval. */
export function contactProblem(last: IsoDay | null, interval: number | null, today: IsoDay, t: Messages): Problem | null {
	if (!last) return { code: "contact-overdue", message: t.problems.noContactYet() };
	if (interval === null) return null;
	const ago = daysBetween(last, today);
	return ago > interval ? { code: "contact-overdue", message: t.problems.contactOverdue(last, ago, interval) } : null;
}
