import { analyseAbc } from "../abc/analysis";
import { evaluateCustomer, frontmatterMessage } from "../customers/evaluate-customer";
import type { Dossier } from "../dossier/dossier";
import type { Activity } from "../model/activity";
import { activitiesOfNote } from "./activities-of-note";
import type { IndexContext } from "./context";
import type { IndexResult, NoteError } from "./index-result";
import { createLinkResolver } from "./link-resolver";
import type { ParsedNote } from "./note";

/**
 * Combines parsed notes into the index: links to customers, vagueness, ABC analysis across all
 * customers, and each customer's problems. Linear in the number of items; no note is parsed here.
 */
export function assembleIndex(notes: readonly ParsedNote[], ctx: IndexContext): IndexResult {
	const sorted = [...notes].sort((a, b) => compare(a.path, b.path));
	const customerNotes = sorted.filter((n) => n.customer);
	const dossiers = new Map<string, Dossier>(customerNotes.map((n) => [n.path, (n.customer as { dossier: Dossier }).dossier]));
	const resolver = createLinkResolver([...dossiers.keys()]);

	const activities: Activity[] = sorted.flatMap((note) => activitiesOfNote(note, resolver, dossiers, ctx));
	const byCustomer = new Map<string, Activity[]>();
	for (const a of activities) byCustomer.set(a.customer, [...(byCustomer.get(a.customer) ?? []), a]);

	const revenues = customerNotes.flatMap((n) => {
		const revenue = n.customer?.dossier.revenue;
		return revenue === null || revenue === undefined ? [] : [{ key: n.path, revenue }];
	});
	const abc = analyseAbc(revenues, ctx.settings.abcThresholds);

	const customers = customerNotes.map((n) => evaluateCustomer(n, byCustomer.get(n.path) ?? [], abc.get(n.path) ?? null, ctx));
	const errors: NoteError[] = sorted.flatMap((n) => {
		if (n.unreadable) return [{ path: n.path, message: n.unreadable }];
		if (n.frontmatterError) return [{ path: n.path, message: frontmatterMessage(n.frontmatterError, ctx.t) }];
		return [];
	});
	return { today: ctx.today, customers, activities, errors };
}

/** Plain code-unit order: the same on every machine and locale. */
export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
