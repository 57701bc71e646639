import type { IndexResult } from "../index/index-result";
import type { Activity } from "../model/activity";
import { nfc } from "../text/nfc";
import { compare } from "../text/compare";
import { stableHash } from "./stable-hash";

export interface CalendarEvent {
	activity: Activity & { date: string };
	uid: string;
}

/**
 * The activities a calendar shows: open and dated, tasks and appointments alike, vague ones too (their
 * day is real; the summary marks them). Floating dates are left out: they count from today, so they
 * would move every day and never fall due.
 */
export function calendarEvents(index: IndexResult): CalendarEvent[] {
	const shown = index.activities.filter((a): a is CalendarEvent["activity"] => a.status === "open" && a.date !== null && !a.floating);
	const seen = new Map<string, number>();
	const events = [...shown]
		.sort((a, b) => compare(a.path, b.path) || a.line - b.line || compare(a.customer, b.customer))
		.map((activity) => {
			const key = `${activity.customer}\n${activity.path}\n${words(activity.display)}`;
			const nth = (seen.get(key) ?? 0) + 1;
			seen.set(key, nth);
			return { activity, uid: `${stableHash(nth === 1 ? key : `${key}\n${nth}`)}@kundendossier` };
		});
	return events.sort(
		(a, b) =>
			compare(a.activity.date, b.activity.date) ||
			compare(a.activity.path, b.activity.path) ||
			a.activity.line - b.activity.line ||
			compare(a.activity.customer, b.activity.customer),
	);
}

/**
 * What names an event across exports: the line's words as a reader sees them (Tasks and Dataview
 * fields removed), not its line number. Moving the line, or moving its 📅 date, keeps the event;
 * rewording it makes a new one. Identical lines of one customer in one note count in line order.
 */
function words(display: string): string {
	return nfc(display).replace(/\s+/g, " ").trim();
}
