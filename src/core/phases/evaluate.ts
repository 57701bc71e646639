import type { Messages } from "../i18n/messages";
import type { PhaseStep, Problem } from "../model/customer";
import type { PhaseCatalog } from "./catalog";
import { readHistory } from "./history";
import { phaseLabels } from "./labels";
import type { PhaseModel } from "./model";
import { checkMoves, type KnownStep } from "./moves";

export interface PhaseState {
	model: PhaseModel;
	/** Index of the current phase in the model, or -1. */
	index: number;
	phase: string | null;
	history: PhaseStep[];
	problems: Problem[];
}

export interface PhaseInput {
	phaseModel: string | null;
	phase: string | null;
	phases: unknown;
}

/** Resolves model, current phase and history of a dossier, and finds unknown, skipped and misdated phases. */
export function evaluatePhases(input: PhaseInput, catalog: PhaseCatalog, defaultModel: string, t: Messages): PhaseState {
	const problems: Problem[] = [];
	const written = readHistory(input.phases);
	const fallback = catalog.model(defaultModel) ?? (catalog.models[0] as PhaseModel);
	let model: PhaseModel;
	if (input.phaseModel) {
		const named = catalog.model(input.phaseModel);
		model = named ?? fallback;
		if (!named) {
			problems.push({ code: "unknown-phase-model", message: t.problems.unknownPhaseModel(input.phaseModel, fallback.name[t.lang]) });
		}
	} else {
		model = inferModel([input.phase, ...written.map((s) => s.phase)], catalog, fallback);
	}

	const names = model.phases.map((p) => p.name);
	// Messages name the model and its phases in their own language; the dossier keeps the canonical names.
	const labels = phaseLabels(model, t.lang);
	const modelName = model.name[t.lang];
	const canonical = (name: string) => {
		const i = catalog.phaseIndex(model, name);
		return { index: i, name: i >= 0 ? (names[i] as string) : name };
	};

	const known: KnownStep[] = [];
	const history = written.map((step) => {
		const c = canonical(step.phase);
		if (c.index < 0) problems.push({ code: "unknown-phase", message: t.problems.unknownPhase(step.phase, modelName, labels) });
		else known.push({ index: c.index, name: c.name, date: step.date });
		return { phase: c.name, date: step.date };
	});

	let index = -1;
	let phase: string | null = null;
	if (input.phase) {
		const c = canonical(input.phase);
		if (c.index < 0) problems.push({ code: "unknown-phase", message: t.problems.unknownPhase(input.phase, modelName, labels) });
		else [index, phase] = [c.index, c.name];
	} else if (known.length > 0) {
		const last = known[known.length - 1] as KnownStep;
		[index, phase] = [last.index, last.name];
	}

	problems.push(...checkMoves(known, index >= 0 && phase ? { index, name: phase } : null, labels, t));
	return { model, index, phase, history, problems };
}

/** Without a written model, the default one, unless only another model knows the written phases. */
function inferModel(phases: Array<string | null>, catalog: PhaseCatalog, fallback: PhaseModel): PhaseModel {
	const written = phases.filter((p): p is string => Boolean(p));
	if (written.length === 0 || written.every((p) => catalog.phaseIndex(fallback, p) >= 0)) return fallback;
	return catalog.models.find((m) => written.every((p) => catalog.phaseIndex(m, p) >= 0)) ?? fallback;
}
