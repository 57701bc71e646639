import { slug } from "../text/fold";
import { BUILTIN_MODELS } from "./builtin-models";
import type { PhaseModel } from "./model";

/** Looks up models and phases by any of their names, however they are spelled. */
export interface PhaseCatalog {
	models: readonly PhaseModel[];
	model(idOrName: string): PhaseModel | null;
	/** Index of a phase in its model, or -1. */
	phaseIndex(model: PhaseModel, name: string): number;
}

export function createPhaseCatalog(custom: readonly PhaseModel[] = []): PhaseCatalog {
	// A custom model with a built-in id replaces the built-in one.
	const models = [...custom, ...BUILTIN_MODELS.filter((b) => !custom.some((c) => slug(c.id) === slug(b.id)))];
	const byName = new Map<string, PhaseModel>();
	for (const model of [...models].reverse()) {
		for (const name of [model.id, model.name.de, model.name.en, ...model.aliases]) byName.set(slug(name), model);
	}
	const phaseKeys = new Map<PhaseModel, Map<string, number>>();
	for (const model of models) {
		const keys = new Map<string, number>();
		model.phases.forEach((p, i) => {
			for (const name of [p.name, ...p.aliases]) if (!keys.has(slug(name))) keys.set(slug(name), i);
		});
		phaseKeys.set(model, keys);
	}
	return {
		models,
		model: (idOrName) => byName.get(slug(idOrName)) ?? null,
		phaseIndex: (model, name) => phaseKeys.get(model)?.get(slug(name)) ?? -1,
	};
}
