import type { Activity } from "../model/activity";
import type { Dossier } from "../dossier/dossier";
import { dossierPeople } from "../dossier/people";
import { judge, toVaguenessInput } from "../vagueness/rules";
import type { IndexContext } from "./context";
import type { LinkResolver } from "./link-resolver";
import type { ParsedItem, ParsedNote } from "./note";

/**
 * Which list items are activities (CONTRACT): in a customer note, items with a checkbox, a date or a
 * vague phrase; in any other note, every item that links a customer note, once per linked customer.
 */
export function activitiesOfNote(note: ParsedNote, resolver: LinkResolver, dossiers: ReadonlyMap<string, Dossier>, ctx: IndexContext): Activity[] {
	const activities: Activity[] = [];
	for (const item of note.items) {
		if (note.customer) {
			const activity = toActivity(item, note.path, note.path, note.customer.dossier, ctx);
			if (item.hasCheckbox || item.ownDate || activity.reasons.includes("vague-phrase")) activities.push(activity);
			continue;
		}
		const customers = new Set<string>();
		for (const link of item.links) {
			const customer = resolver.resolve(link.target, note.path);
			if (customer && !customers.has(customer)) {
				customers.add(customer);
				activities.push(toActivity(item, note.path, customer, dossiers.get(customer) ?? null, ctx));
			}
		}
	}
	return activities;
}

function toActivity(item: ParsedItem, path: string, customer: string, dossier: Dossier | null, ctx: IndexContext): Activity {
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
