import type { Activity } from "../model/activity";
import type { Dossier } from "../dossier/dossier";
import { dossierPeople } from "../dossier/people";
import { judge, toVaguenessInput } from "../vagueness/rules";
import type { VaguenessInput } from "../vagueness/rule";
import { vaguePhrase } from "../vagueness/vague-phrase";
import type { IndexContext } from "./context";
import type { LinkResolver } from "./link-resolver";
import type { ParsedItem, ParsedNote } from "./note";

/** The verdict on an activity and the dossier it was judged with (its people count as persons). */
export interface Judged {
	activity: Activity;
	dossier: Dossier | null;
}

/** Verdicts from a note's previous parse, by what they depend on; an edit rarely changes more than one line. */
export type EarlierVerdicts = ReadonlyMap<string, Judged>;

/** What a verdict depends on besides the customer's people; item and activity give it alike. */
const verdictKey = (customer: string, line: Pick<ParsedItem, "status" | "date" | "text">) => `${customer}\n${line.status}\n${line.date ?? ""}\n${line.text}`;

export function earlierVerdicts(judged: Iterable<Judged>): Map<string, Judged> {
	const byKey = new Map<string, Judged>();
	for (const j of judged) byKey.set(verdictKey(j.activity.customer, j.activity), j);
	return byKey;
}

/**
 * Which list items are activities (CONTRACT): in a customer note, items with a checkbox, a date or a
 * vague phrase; in any other note, every item that links a customer note, once per linked customer.
 * Each comes with the dossier it was judged against, so the next re-index can keep its verdict.
 */
export function activitiesOfNote(note: ParsedNote, resolver: LinkResolver, dossiers: ReadonlyMap<string, Dossier>, ctx: IndexContext, earlier?: EarlierVerdicts): Judged[] {
	const activities: Judged[] = [];
	const twins = twinCounts(note.items);
	const toActivity = (item: ParsedItem, customer: string, dossier: Dossier | null, input?: VaguenessInput): Judged => {
		const before = earlier?.get(verdictKey(customer, item));
		const count = twins?.get(item.raw) ?? 1;
		const activity = before && samePeople(before.dossier, dossier) ? moved(before.activity, item, count) : judgeItem(item, note.path, customer, input ?? vaguenessInput(item, dossier, ctx), ctx, count);
		return { activity, dossier };
	};
	for (const item of note.items) {
		if (note.customer) {
			const dossier = note.customer.dossier;
			if (item.hasCheckbox || item.ownDate) activities.push(toActivity(item, note.path, dossier));
			else if (item.status === "open") {
				// A plain item without a date counts only when it names a pseudo-activity: ask that rule alone first.
				const input = vaguenessInput(item, dossier, ctx);
				if (vaguePhrase.check(input, ctx.settings.language) !== null) activities.push(toActivity(item, note.path, dossier, input));
			}
			continue;
		}
		// Once per linked customer; an item rarely links more than one or two, so no Set per item.
		const customers: string[] = [];
		for (const link of item.links) {
			const customer = resolver.resolve(link.target, note.path);
			if (customer && !customers.includes(customer)) {
				customers.push(customer);
				activities.push(toActivity(item, customer, dossiers.get(customer) ?? null));
			}
		}
	}
	return activities;
}

function vaguenessInput(item: ParsedItem, dossier: Dossier | null, ctx: IndexContext): VaguenessInput {
	return toVaguenessInput(item.text, item.status, item.date, dossier ? dossierPeople(dossier) : [], ctx.settings.extraVaguePhrases);
}

/** Verdicts depend on a dossier only through its people (the no-person hint). */
export function samePeople(a: Dossier | null | undefined, b: Dossier | null | undefined): boolean {
	if (a === b) return true;
	if (!a || !b) return false;
	const [x, y] = [dossierPeople(a), dossierPeople(b)];
	return x.length === y.length && x.every((name, i) => name === y[i]);
}

/** How often each raw line stands among the note's items; null when there are too few to repeat. */
function twinCounts(items: readonly ParsedItem[]): Map<string, number> | null {
	if (items.length < 2) return null;
	const counts = new Map<string, number>();
	for (const item of items) counts.set(item.raw, (counts.get(item.raw) ?? 0) + 1);
	return counts;
}

/** An unchanged line keeps its verdict; only where it stands (and how many twins it has) may differ. */
function moved(activity: Activity, item: ParsedItem, twins: number): Activity {
	return { ...activity, line: item.line, doneDate: item.doneDate, raw: item.raw, twins };
}

function judgeItem(item: ParsedItem, path: string, customer: string, input: VaguenessInput, ctx: IndexContext, twins: number): Activity {
	const verdict = judge(input, ctx.settings.language);
	return {
		path,
		line: item.line,
		customer,
		text: item.text,
		display: input.text,
		status: item.status,
		date: item.date,
		doneDate: item.doneDate,
		vague: verdict.vague,
		reasons: verdict.reasons,
		suggestion: verdict.suggestion,
		raw: item.raw,
		twins,
	};
}
