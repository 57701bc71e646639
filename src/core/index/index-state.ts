import { aFloor, analyseAbc, type AbcResult } from "../abc/analysis";
import type { CustomerRecord } from "../customers/customer-record";
import { evaluateCustomer, type PersonRef } from "./evaluate-customer";
import type { Dossier } from "../dossier/dossier";
import type { Activity } from "../model/activity";
import { activitiesOfNote, earlierVerdicts, samePeople, type Judged } from "./activities-of-note";
import type { IndexContext } from "./context";
import { noteErrors } from "./note-errors";
import type { IndexResult } from "./index-result";
import { createCustomerResolver, createLinkResolver, type LinkResolver } from "./link-resolver";
import type { ParsedNote } from "./note";
import { compare } from "../text/compare";

/**
 * The index as state that one changed note updates without touching the rest: that note's activities,
 * the records of the customers they belong to, and (only when a revenue changes) the ABC analysis.
 * When the set of customers changes, links must be resolved anew and everything is recomputed.
 */
export class IndexState {
	private readonly notes = new Map<string, ParsedNote>();
	/** Each note's activities with the dossier each was judged with, so a re-parsed note keeps the verdicts of unchanged lines. */
	private readonly judgedByNote = new Map<string, Judged[]>();
	/** customer path → paths of the notes holding its activities */
	private readonly linkedFrom = new Map<string, Set<string>>();
	private readonly records = new Map<string, CustomerRecord>();
	/** customer path → the person notes that stand for it */
	private persons = new Map<string, PersonRef[]>();
	private dossiers = new Map<string, Dossier>();
	private resolver: LinkResolver = createLinkResolver([]);
	private abc = new Map<string, AbcResult>();
	/** Revenue of the smallest A customer: a potential that reaches it lifts B or C to A. */
	private aFloor: number | null = null;
	private sortedPaths: string[] | null = null;
	private cached: IndexResult | null = null;

	constructor(
		private readonly ctx: IndexContext,
		notes: Iterable<ParsedNote> = [],
	) {
		for (const note of notes) this.notes.set(note.path, note);
		this.recomputeAll();
	}

	/** Adds or replaces one note. */
	update(note: ParsedNote): void {
		const old = this.notes.get(note.path);
		this.notes.set(note.path, note);
		if (!old) this.sortedPaths = null;
		// Which notes are customers or persons decides where every link leads.
		if (Boolean(old?.customer) !== Boolean(note.customer) || (old?.personOf ?? null) !== note.personOf) this.recomputeAll();
		else this.refresh(note.path, old ?? null, note);
	}

	remove(path: string): void {
		const old = this.notes.get(path);
		if (!old) return;
		this.notes.delete(path);
		this.sortedPaths = null;
		if (old.customer || old.personOf !== null) this.recomputeAll();
		else this.refresh(path, old, null);
	}

	has(path: string): boolean {
		return this.notes.has(path);
	}

	/** The note as last parsed, so a re-parse can keep what its unchanged lines gave. */
	parsed(path: string): ParsedNote | undefined {
		return this.notes.get(path);
	}

	/** The whole index in CONTRACT order; built on demand and kept until the next change. */
	result(): IndexResult {
		if (this.cached) return this.cached;
		// Loops, not flatMap: three arrays per note add up over a vault.
		const [customers, activities, errors]: [CustomerRecord[], Activity[], IndexResult["errors"]] = [[], [], []];
		for (const path of this.paths()) {
			const record = this.records.get(path);
			if (record) customers.push(record);
			for (const { activity } of this.judgedByNote.get(path) ?? []) activities.push(activity);
			errors.push(...noteErrors(this.notes.get(path) as ParsedNote, this.ctx.t));
		}
		this.cached = { today: this.ctx.today, customers, activities, errors };
		return this.cached;
	}

	private paths(): string[] {
		this.sortedPaths ??= [...this.notes.keys()].sort(compare);
		return this.sortedPaths;
	}

	private recomputeAll(): void {
		this.cached = null;
		this.dossiers = new Map();
		for (const path of this.paths()) {
			const dossier = this.notes.get(path)?.customer?.dossier;
			if (dossier) this.dossiers.set(path, dossier);
		}
		const persons = new Map<string, string>();
		for (const [path, note] of this.notes) if (!note.customer && note.personOf !== null) persons.set(path, note.personOf);
		this.resolver = createCustomerResolver([...this.dossiers.keys()], persons);
		this.persons = this.personsByCustomer(persons);
		this.linkedFrom.clear();
		// Verdicts stay (their keys name the customer): a note added as a customer rarely changes them.
		for (const path of this.judgedByNote.keys()) if (!this.notes.has(path)) this.judgedByNote.delete(path);
		for (const path of this.paths()) this.setActivities(path, this.notes.get(path) ?? null);
		this.abc = this.analyse();
		this.records.clear();
		// Every customer's activities in one pass over the notes, in the order evaluate() gathers them.
		const byCustomer = new Map<string, Activity[]>();
		for (const path of this.paths()) {
			for (const { activity } of this.judgedByNote.get(path) ?? []) {
				const list = byCustomer.get(activity.customer);
				if (list) list.push(activity);
				else byCustomer.set(activity.customer, [activity]);
			}
		}
		for (const path of this.dossiers.keys()) this.evaluate(path, byCustomer.get(path) ?? []);
	}

	private refresh(path: string, old: ParsedNote | null, note: ParsedNote | null): void {
		this.cached = null;
		const affected = new Set<string>();
		const before = old?.customer?.dossier;
		const after = note?.customer?.dossier;
		// The note's own activities are judged with its new dossier: suggestions name its people.
		if (after) this.dossiers.set(path, after);
		this.setActivities(path, note, affected);
		if (after) {
			affected.add(path);
			// Linked activities elsewhere judge "no person" by this customer's people.
			if (!samePeople(before, after)) {
				// A copy: setActivities removes and re-adds entries, which a live Set iteration would visit forever.
				for (const other of [...(this.linkedFrom.get(path) ?? [])]) {
					if (other !== path) this.setActivities(other, this.notes.get(other) ?? null, affected);
				}
			}
			if (before?.revenue !== after.revenue) {
				this.abc = this.analyse();
				for (const c of this.dossiers.keys()) affected.add(c);
			}
		}
		for (const customer of affected) if (this.dossiers.has(customer)) this.evaluate(customer);
	}

	/** Replaces a note's activities; adds the customers whose activities changed to `touched` (a cold index needs none). */
	private setActivities(path: string, note: ParsedNote | null, touched?: Set<string>): void {
		const before = this.judgedByNote.get(path);
		// Most notes have no items and had none: nothing to replace (a cold index meets thousands).
		if (!before && !note?.items.length) return;
		for (const { activity: a } of before ?? []) {
			touched?.add(a.customer);
			this.linkedFrom.get(a.customer)?.delete(path);
		}
		const judged = note ? activitiesOfNote(note, this.resolver, this.dossiers, this.ctx, before ? earlierVerdicts(before) : undefined) : [];
		if (judged.length) this.judgedByNote.set(path, judged);
		else this.judgedByNote.delete(path);
		for (const { activity: a } of judged) {
			touched?.add(a.customer);
			let from = this.linkedFrom.get(a.customer);
			if (!from) this.linkedFrom.set(a.customer, (from = new Set()));
			from.add(path);
		}
	}

	/** The customer's record; its activities in note path order, gathered here unless given. */
	private evaluate(customer: string, given?: Activity[]): void {
		const note = this.notes.get(customer);
		if (!note?.customer) return;
		const activities: Activity[] = given ?? [];
		if (!given) {
			const from = [...(this.linkedFrom.get(customer) ?? [])].sort(compare);
			for (const p of from) for (const { activity } of this.judgedByNote.get(p) ?? []) if (activity.customer === customer) activities.push(activity);
		}
		this.records.set(
			customer,
			evaluateCustomer(note, { activities, analysis: this.abc.get(customer) ?? null, aFloor: this.aFloor, persons: this.persons.get(customer) }, this.ctx),
		);
	}

	/** Each customer's person notes, by name; a person whose company is no customer stands for none. */
	private personsByCustomer(persons: ReadonlyMap<string, string>): Map<string, PersonRef[]> {
		const customers = createLinkResolver([...this.dossiers.keys()]);
		const byCustomer = new Map<string, PersonRef[]>();
		for (const [path, company] of persons) {
			const customer = customers.resolve(company, path);
			const name = this.notes.get(path)?.basename ?? path;
			if (customer) byCustomer.set(customer, [...(byCustomer.get(customer) ?? []), { path, name }]);
		}
		for (const list of byCustomer.values()) list.sort((a, b) => compare(a.name, b.name) || compare(a.path, b.path));
		return byCustomer;
	}

	private analyse(): Map<string, AbcResult> {
		const revenues = [...this.dossiers].flatMap(([key, d]) => (d.revenue === null ? [] : [{ key, revenue: d.revenue }]));
		const result = analyseAbc(revenues, this.ctx.settings.abcThresholds);
		this.aFloor = aFloor(revenues, result);
		return result;
	}
}
