import { daysBetween } from "../dates/day";
import type { Messages } from "../i18n/messages";
import type { Activity } from "../model/activity";
import type { BirthdayEntry } from "./birthdays";
import type { ReviewData } from "./collect";
import { noteLink } from "./note-link";
import { phaseShown } from "./phase-shown";
import { effectiveAbc } from "../customers/effective-abc";
import { escapeActivityText, escapeText } from "../markdown/escape";
import { goalLines } from "../goals/goal-lines";

/**
 * Renders the review as Markdown: one section per kind, empty sections left out, every item linked.
 * Every value from the notes goes through the escaping, so no name or text adds a line or syntax.
 */
export function renderReview(review: ReviewData, t: Messages, linkNames: ReadonlySet<string> = new Set()): string {
	const link = (path: string) => noteLink(path, review.customers.get(path)?.name ?? null, linkNames);
	const tag = (path: string) => {
		const c = review.customers.get(path);
		const abc = effectiveAbc(c);
		return abc ? ` (${abc})` : "";
	};
	const source = (a: Activity) => (a.path === a.customer ? "" : ` · ${noteLink(a.path, null, linkNames)}`);
	const activity = (a: Activity, extra = "") => `- ${link(a.customer)}${tag(a.customer)}: ${escapeActivityText(a.text)}${extra}${source(a)}`;
	const sections: Array<[string, string[]]> = [
		[t.review.dueToday, review.dueToday.map((a) => activity(a))],
		[t.review.overdue, review.overdue.map((a) => activity(a, ` (${t.review.overdueSince(a.date as string, daysBetween(a.date as string, review.date))})`))],
		[t.review.contactDue, review.contactDue.map((c) => `- ${link(c.path)}${tag(c.path)}: ${t.review.lastContact(c.lastContact, c.contactInterval)}`)],
		[
			t.review.contactDueSoon,
			review.contactDueSoon.map(
				(c) => `- ${link(c.path)}${tag(c.path)}: ${t.review.contactDueOn(c.contactDue as string, daysBetween(review.date, c.contactDue as string))}`,
			),
		],
		[t.review.noNextStep, review.noNextStep.map((c) => `- ${link(c.path)}${tag(c.path)}${c.phase ? `: ${escapeText(phaseShown(c, t))}` : ""}`)],
		[t.review.vague, review.vague.map((a) => vagueLine(a, link(a.customer) + tag(a.customer), t) + source(a))],
		[t.review.birthdays(review.birthdayDays), review.birthdays.map((b) => birthdayLine(b, link(b.customer.path), t))],
		[t.goals.title, review.goals ? goalLines(review.goals, t) : []],
	];
	const body = sections.filter(([, lines]) => lines.length > 0).map(([title, lines]) => `## ${title} (${lines.length})\n\n${lines.join("\n")}`);
	return [`# ${t.review.title(review.date)}`, ...(body.length ? body : [t.review.nothing])].join("\n\n") + "\n";
}

function vagueLine(a: Activity, customer: string, t: Messages): string {
	const reasons = a.reasons.map((r) => t.reasons[r]).join(", ");
	return `- ${customer}: „${escapeActivityText(a.text)}“ (${reasons})${a.suggestion ? `\n  ${t.review.suggestion}: ${escapeText(a.suggestion)}` : ""}`;
}

function birthdayLine(b: BirthdayEntry, customer: string, t: Messages): string {
	const role = b.contact.role ? ` (${escapeText(b.contact.role)})` : "";
	return `- ${escapeText(b.contact.name)}${role}, ${customer}: ${t.review.birthdayOn(b.date, b.age)}`;
}
