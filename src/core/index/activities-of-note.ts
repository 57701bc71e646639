import type { Activity } from "../model/activity";
import type { Dossier } from "../dossier/dossier";
import { dossierPeople } from "../dossier/people";
import { judge, toVaguenessInput, type Verdict } from "../vagueness/rules";
import { actionText } from "../text/action-text";
import { vaguePhrase } from "../vagueness/vague-phrase";
import type { IndexContext } from "./context";
import { itemKind, type ItemKind } from "./item-kind";
import { itemOwners } from "./item-owners";
import type { LinkResolver } from "./link-resolver";
import type { ParsedItem, ParsedNote } from "./note";

/** The verdict on an activity and the dossier it was judged with (its people count as persons). */
export interface Judged {
	activity: Activity;
	dossier: Dossier | null;
}

/** Verdicts from a note's previous parse, by what they depend on; an edit rarely changes more than one line. */
export type EarlierVerdicts = ReadonlyMap<string, Judged>;

/** What a verdict depends on besides the customer's people. */
const verdictKey = (customer: string, text: string, kind: Pick<ItemKind, "kind" | "status" | "date" | "floating">) =>
	`${customer}\n${kind.kind}\n${kind.status}\n${kind.date ?? ""}\n${kind.floating}\n${text}`;

export function earlierVerdicts(judged: Iterable<Judged>): Map<string, Judged> {
	const byKey = new Map<string, Judged>();
	for (const j of judged) byKey.set(verdictKey(j.activity.customer, j.activity.text, j.activity), j);
	return byKey;
}

const NOT_VAGUE: Verdict = { vague: false, reasons: [], suggestion: null };

/**
 * The activities of a note (CONTRACT "Which lines are activities"): every task and log that belongs to
 * a customer, once per customer. Grouping bullets are none. Each comes with the dossier it was judged
 * against, so the next re-index can keep its verdict.
 */
export function activitiesOfNote(
	note: ParsedNote,
	resolver: LinkResolver,
	dossiers: ReadonlyMap<string, Dossier>,
	ctx: IndexContext,
	earlier?: EarlierVerdicts,
): Judged[] {
	if (note.items.length === 0) return [];
	const resolve = (target: string) => resolver.resolve(target, note.path);
	const self = note.customer ? note.path : note.personOf !== null ? resolve(note.personOf) : null;
	const property: string[] = [];
	for (const target of note.customerProperty) {
		const customer = resolve(target);
		if (customer && !property.includes(customer)) property.push(customer);
	}
	const owners = itemOwners(note.items, note.headings, { note: self ? [self] : [], property }, (link) => resolve(link.target));
	const activities: Judged[] = [];
	for (let i = 0; i < note.items.length; i++) {
		const item = note.items[i] as ParsedItem;
		const owner = owners[i];
		if (!owner || owner.grouping || owner.customers.length === 0) continue;
		const kind = kindOf(item, note, ctx);
		if (!kind) continue;
		for (const customer of owner.customers) {
			const dossier = dossiers.get(customer) ?? null;
			const before = earlier?.get(verdictKey(customer, item.text, kind));
			const activity =
				before && samePeople(before.dossier, dossier) ? moved(before.activity, item) : judgeItem(item, { path: note.path, customer, kind, dossier }, ctx);
			activities.push({ activity, dossier });
		}
	}
	return activities;
}

/** Task or log; a plain undated item counts only in a customer note, and only naming a pseudo-activity. */
function kindOf(item: ParsedItem, note: ParsedNote, ctx: IndexContext): ItemKind | null {
	const facts = {
		checkbox: item.checkbox,
		ownDate: item.ownDate,
		ownDateEnd: item.ownDateEnd,
		floating: item.floating,
		headingDate: item.headingDate,
		dailyDate: note.dailyDate,
		propertyDate: note.customer ? null : note.propertyDate,
		vaguePhrase: false,
		today: ctx.today,
	};
	const kind = itemKind(facts);
	if (kind || !note.customer || item.checkbox !== null) return kind;
	const input = toVaguenessInput(item.text, { status: "open", date: null, extraPhrases: ctx.settings.extraVaguePhrases, memo: ctx.vagueness });
	return vaguePhrase.check(input, ctx.settings.language) !== null ? itemKind({ ...facts, vaguePhrase: true }) : null;
}

/** Verdicts depend on a dossier only through its people (the no-person hint). */
export function samePeople(a: Dossier | null | undefined, b: Dossier | null | undefined): boolean {
	if (a === b) return true;
	if (!a || !b) return false;
	const [x, y] = [dossierPeople(a), dossierPeople(b)];
	return x.length === y.length && x.every((name, i) => name === y[i]);
}

/** An unchanged line keeps its verdict; only where it stands (and how many twins it has) may differ. */
function moved(activity: Activity, item: ParsedItem): Activity {
	return { ...activity, line: item.line, raw: item.raw, twins: item.twins };
}

/** Where an item stands and whose it is: what turns it into one customer's activity. */
interface ItemPlace {
	path: string;
	customer: string;
	kind: ItemKind;
	dossier: Dossier | null;
}

function judgeItem(item: ParsedItem, { path, customer, kind, dossier }: ItemPlace, ctx: IndexContext): Activity {
	// A log records what happened or is agreed, a done or cancelled task is over: never vague, so only the display text is needed.
	const [display, verdict] = kind.kind === "log" || kind.status !== "open" ? [actionText(item.text), NOT_VAGUE] : taskVerdict(item, kind, dossier, ctx);
	return {
		path,
		line: item.line,
		customer,
		text: item.text,
		display,
		status: kind.status,
		kind: kind.kind,
		date: kind.date,
		dateEnd: kind.dateEnd,
		floating: kind.floating,
		doneDate: item.ownDoneDate ?? (kind.status === "done" ? kind.date : null),
		vague: verdict.vague,
		reasons: verdict.reasons,
		suggestion: verdict.suggestion,
		raw: item.raw,
		twins: item.twins,
	};
}

function taskVerdict(item: ParsedItem, kind: ItemKind, dossier: Dossier | null, ctx: IndexContext): [string, Verdict] {
	const input = toVaguenessInput(item.text, {
		status: kind.status,
		date: kind.date,
		people: dossier ? dossierPeople(dossier) : [],
		extraPhrases: ctx.settings.extraVaguePhrases,
		floating: kind.floating,
		today: ctx.today,
		memo: ctx.vagueness,
	});
	return [input.text, judge(input, ctx.settings.language)];
}
