import type { AbcResult } from "../abc/analysis";
import { readAbc } from "../abc/read-abc";
import { phaseLabels } from "../phases/labels";
import type { FrontmatterError } from "../frontmatter/parse";
import { yamlReason } from "../frontmatter/yaml-reason";
import type { IndexContext } from "./context";
import type { ParsedNote } from "./note";
import type { Messages } from "../i18n/messages";
import type { Activity } from "../model/activity";
import type { Problem } from "../model/customer";
import type { Dossier } from "../dossier/dossier";
import { evaluatePhases, type PhaseState } from "../phases/evaluate";
import { contactDue, contactInterval, contactProblem, lastContact, nextOpen, recentContacts } from "../customers/contact";
import type { CustomerRecord } from "../customers/customer-record";
import { dossierProblems } from "./dossier-problems";
import { liftedAbc } from "../customers/effective-abc";

/** What the index knows of one customer beyond its note: its activities, what the ABC analysis across all customers says, its person notes. */
export interface CustomerFacts {
	activities: readonly Activity[];
	analysis: AbcResult | null;
	/** Revenue of the smallest A customer, before lifting. */
	aFloor: number | null;
	persons?: PersonRef[] | undefined;
}

/** A person note that stands for a customer. */
export interface PersonRef {
	path: string;
	name: string;
}

/** Judges one customer: phases, ABC, contact and next step, with problems in a fixed order. */
export function evaluateCustomer(note: ParsedNote, { activities, analysis, aFloor, persons = [] }: CustomerFacts, ctx: IndexContext): CustomerRecord {
	const dossier = note.customer?.dossier;
	if (!dossier) throw new Error(`${note.path} is not a customer note`);
	const { t, settings } = ctx;
	const problems: Problem[] = [];
	if (note.frontmatterError) problems.push({ code: "yaml-error", message: frontmatterMessage(note.frontmatterError, t) });

	const phases = phasesOf(dossier, ctx);
	problems.push(...phases.problems);

	const written = readAbc(dossier.abc);
	const abcComputed = analysis?.abc ?? null;
	if (written.invalid !== null) problems.push({ code: "invalid-abc", message: t.problems.invalidAbc(written.invalid) });
	if (written.abc && abcComputed && analysis && written.abc !== abcComputed) {
		problems.push({ code: "abc-mismatch", message: t.problems.abcMismatch(written.abc, abcComputed, analysis.cumulative) });
	}
	const abcEffective = liftedAbc(written.abc, abcComputed, dossier.potential, aFloor);
	problems.push(...dossierProblems(dossier, ctx));

	const next = nextOpen(activities);
	if (!next) problems.push({ code: "no-next-step", message: t.problems.noNextStep() });
	const last = lastContact(activities);
	const interval = contactInterval(dossier.contactInterval, abcEffective, settings.contactIntervals);
	const overdue = contactProblem(last, interval, ctx.today, t);
	if (overdue) problems.push(overdue);

	return {
		path: note.path,
		name: dossier.name ?? note.basename,
		abc: written.abc,
		abcComputed,
		abcEffective,
		contactDue: contactDue(last, interval),
		phaseModel: phases.model.id,
		phase: phases.phase,
		phaseHistory: phases.history,
		lastContact: last,
		nextActivity: next ? { path: next.path, line: next.line, date: next.date as string } : null,
		problems,
		basename: note.basename,
		dossier,
		phaseModelName: phases.model.name,
		phaseNames: phases.model.phases.map((p) => p.name),
		phaseLabels: { de: phaseLabels(phases.model, "de"), en: phaseLabels(phases.model, "en") },
		phaseIndex: phases.index,
		abcAnalysis: analysis,
		contactInterval: interval,
		nextActivityText: next?.display ?? null,
		recentContacts: recentContacts(activities),
		persons,
	};
}

function phasesOf(dossier: Dossier, ctx: IndexContext): PhaseState {
	let state = ctx.phaseStates.get(dossier);
	if (!state) {
		state = evaluatePhases(dossier, ctx.catalog, ctx.settings.defaultPhaseModel, ctx.t);
		ctx.phaseStates.set(dossier, state);
	}
	return state;
}

export function frontmatterMessage(error: FrontmatterError, t: Messages): string {
	switch (error.kind) {
		case "javascript":
			return t.problems.javascriptFrontmatter();
		case "language":
			return t.problems.frontmatterLanguage(error.reason);
		case "shape":
			return t.problems.frontmatterShape();
		case "expansion":
			return t.problems.frontmatterExpansion(error.reason as "too-large" | "too-deep" | "cyclic");
		case "unclosed":
			return t.problems.unclosedFrontmatter();
		default:
			return t.problems.yamlError(error.line, t.yamlReasons[yamlReason(error.reason)]);
	}
}
