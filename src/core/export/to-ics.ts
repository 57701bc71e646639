import { addDays } from "../dates/day";
import { messages } from "../i18n";
import type { Lang } from "../i18n/lang";
import type { Messages } from "../i18n/messages";
import type { IndexResult } from "../index/index-result";
import { calendarEvents, type CalendarEvent } from "./calendar-events";
import { foldLine, icsText } from "./ics-text";
import { obsidianUrl } from "./obsidian-url";

export interface IcsOptions {
	/** The vault folder's name, for the `obsidian://` links back. */
	vaultName: string;
	lang: Lang;
}

/**
 * The open dated activities as an iCalendar file (RFC 5545): one all-day event per activity and
 * customer, a period as a multi-day event. DTSTAMP is the index's day, so one day's exports are equal.
 */
export function toIcs(index: IndexResult, options: IcsOptions): string {
	const t = messages(options.lang).export;
	const names = new Map(index.customers.map((c) => [c.path, c.name]));
	const stamp = `${compact(index.today)}T000000Z`;
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Kundendossier//Kundendossier//DE",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${icsText(t.calendarName(options.vaultName))}`,
	];
	const shared: EventContext = { names, stamp, vaultName: options.vaultName, t };
	for (const event of calendarEvents(index)) lines.push(...vevent(event, shared));
	lines.push("END:VCALENDAR");
	return lines.map(foldLine).join("");
}

/** What every event of one export shares: customer names by path, the stamp, the vault for links, the texts. */
interface EventContext {
	names: ReadonlyMap<string, string>;
	stamp: string;
	vaultName: string;
	t: Messages["export"];
}

function vevent({ activity: a, uid }: CalendarEvent, { names, stamp, vaultName, t }: EventContext): string[] {
	const customer = names.get(a.customer) ?? a.customer;
	const summary = `${customer}: ${a.display}${a.vague ? ` (${t.vague})` : ""}`;
	const description = [a.path, a.customer === a.path ? null : t.customer(a.customer), a.vague && a.suggestion ? t.suggestion(a.suggestion) : null]
		.filter((l) => l !== null)
		.join("\n");
	return [
		"BEGIN:VEVENT",
		`UID:${uid}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${compact(a.date)}`,
		// DTEND is exclusive: the day after the last day.
		`DTEND;VALUE=DATE:${compact(addDays(a.dateEnd ?? a.date, 1))}`,
		`SUMMARY:${icsText(summary)}`,
		`DESCRIPTION:${icsText(description)}`,
		`URL:${obsidianUrl(vaultName, a.path)}`,
		"TRANSP:TRANSPARENT",
		"END:VEVENT",
	];
}

function compact(day: string): string {
	return day.replace(/-/g, "");
}
