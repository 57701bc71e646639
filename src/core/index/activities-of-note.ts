import type { Activity } from "../model/activity";
import type { Dossier } from "../dossier/dossier";
import { dossierPeople } from "../dossier/people";
import { judge, toVaguenessInput } from "../vagueness/rules";
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

const verdictKey = (customer: string, item: ParsedItem) => `${customer}\n${item.status}\n${item.date ?? ""}\n${item.text}`;

export function earlierVerdicts(judged: Iterable<Judged>): Map<string, Judged> {
	const byKey = new Map<string, Judged>();
	for (const j of judged) byKey.set(`${j.activity.customer}\n${j.activity.status}\n${j.activity.date ?? ""}\n${j.activity.text}`, j);
	return byKey;
}

/**
 * Which list items are activities (CONTRACT): in a customer note, items with a checkbox, a date or a
 * vague phrase; in any other note, every item that links a customer note, once per linked customer.
 * Each comes with the dossier it was judged against, so the next re-index can keep its verdict.
 */
export function activitiesOfNote(note: ParsedNote, resolver: LinkResolver, dossiers: ReadonlyMap<string, Dossier>, ctx: IndexContext, earlier?: EarlierVerdicts): Judged[] {
	const activities: Judged[] = [];
	const toActivity = (item: ParsedItem, customer: string, dossier: Dossier | null): Judged => {
		const before = earlier?.get(verdictKey(customer, item));
		const activity = before && samePeople(before.dossier, dossier) ? moved(before.activity, item) : judgeItem(item, note.path, customer, dossier, ctx);
		return { activity, dossier };
	};
	for (const item of note.items) {
		if (note.customer) {
			const judged = toActivity(item, note.path, note.customer.dossier);
			if (item.hasCheckbox || item.ownDate || judged.activity.reasons.includes("vague-phrase")) activities.push(judged);
			continue;
		}
		const customers = new Set<string>();
		for (const link of item.links) {
			const customer = resolver.resolve(link.target, note.path);
			if (customer && !customers.has(customer)) {
				customers.add(customer);
				activities.push(toActivity(item, customer, dossiers.get(customer) ?? null));
			}
		}
	}
	return activities;
}

/** Verdicts depend on a dossier only through its people (the no-person hint). */
function samePeople(a: Dossier | null, b: Dossier | null): boolean {
	if (a === b) return true;
	if (!a || !b) return false;
	const [x, y] = [dossierPeople(a), dossierPeople(b)];
	return x.length === y.length && x.every((name, i) => name === y[i]);
}

/** An unchanged line keeps its verdict; only where it stands may differ. */
function moved(activity: Activity, item: ParsedItem): Activity {
	return { ...activity, line: item.line, doneDate: item.doneDate, raw: item.raw };
}

function judgeItem(item: ParsedItem, path: string, customer: string, dossier: Dossier | null, ctx: IndexContext): Activity {
	const input = toVaguenessInput(item.text, item.status, item.date, dossier ? dossierPeople(dossier) : [], ctx.settings.extraVaguePhrases);
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
	};
}
