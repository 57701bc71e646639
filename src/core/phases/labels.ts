import type { Lang } from "../i18n/lang";
import type { PhaseModel } from "./model";

/**
 * The names a model's phases are shown with in a language: English output shows each phase's
 * English name where it has one; dossiers keep the canonical (German) names either way.
 */
export function phaseLabels(model: PhaseModel, lang: Lang): string[] {
	return model.phases.map((p) => (lang === "en" ? (p.en ?? p.name) : p.name));
}
