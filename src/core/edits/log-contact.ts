import type { DateExtractor } from "../dates/extract";
import { oneLine } from "../markdown/escape";
import type { IsoDay } from "../model/day";
import { insertUnderHeading } from "./insert-under-heading";

/** A contact as the user logs it: the kind's word ("Telefonat"), a note, an optional time. */
export interface ContactEntry {
	kind: string;
	note: string;
	/** `HH:MM`, or null. */
	time: string | null;
}

/** `9:05`, `09.05`, `0905` → `09:05`; "" → null; anything else is no time (undefined). */
export function readTime(value: string): string | null | undefined {
	const text = value.trim();
	if (text === "") return null;
	const m = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/.exec(text);
	return m ? `${(m[1] ?? "").padStart(2, "0")}:${m[2] ?? ""}` : undefined;
}

function body(entry: ContactEntry): string {
	const note = oneLine(entry.note).trim();
	return `${entry.kind}${note ? `: ${note}` : ""}`;
}

/**
 * The log line for today's daily note: `- 10:15 [[Müller GmbH]] Telefonat: …`, dated by the note.
 * A note that names a day of its own ("Termin am 3.12. vereinbart") would date the log to that day,
 * so then today's date is written too: the ISO date outranks the others.
 */
export function dailyContactLine(entry: ContactEntry, link: string, today: IsoDay, dates: DateExtractor): string {
	const rest = `${entry.time ? `${entry.time} ` : ""}${link} ${body(entry)}`;
	const own = dates.extract(rest, today).date;
	return own === null || own === today ? `- ${rest}` : `- ${today} ${rest}`;
}

/** The log line for the customer note itself: no link (it belongs there), but its date: `- 2026-11-23 10:15 Telefonat: …`. */
export function customerContactLine(entry: ContactEntry, today: IsoDay): string {
	return `- ${today} ${entry.time ? `${entry.time} ` : ""}${body(entry)}`;
}

const DAILY_HEADING = /^(?:kontakte|contacts)$/i;
const HISTORY = /^(?:verlauf|history)$/i;
const ACTIVITIES = /^(?:aktivitäten|aktivitaeten|activities)$/i;

/** Into the daily note: under its "Kontakte" heading when it has one, else at the end. Null where it would be no list item. */
export function addContactToDaily(note: string, line: string): string | null {
	return insertUnderHeading(note, line, { headings: [DAILY_HEADING], heading: null });
}

/** Into the customer note: under "Verlauf", else "Aktivitäten", else a new `## {heading}` at the end. */
export function addContactToCustomer(note: string, line: string, heading = "Verlauf"): string | null {
	return insertUnderHeading(note, line, { headings: [HISTORY, ACTIVITIES], heading: `## ${heading}` });
}
