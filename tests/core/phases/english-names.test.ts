import { describe, expect, it } from "vitest";
import { en } from "../../../src/core/i18n/en";
import { de } from "../../../src/core/i18n/de";
import { BUILTIN_MODELS } from "../../../src/core/phases/builtin-models";
import { createPhaseCatalog } from "../../../src/core/phases/catalog";
import { evaluatePhases, type PhaseInput } from "../../../src/core/phases/evaluate";
import { phaseLabels } from "../../../src/core/phases/labels";

const catalog = createPhaseCatalog();
const evaluate = (input: Partial<PhaseInput>, t = en) => evaluatePhases({ phaseModel: null, phase: null, phases: null, ...input }, catalog, "kundenherz", t);

describe("phase names in English output", () => {
	it("every built-in phase has an English name that a dossier may write as well", () => {
		for (const model of BUILTIN_MODELS) {
			for (const [i, label] of phaseLabels(model, "en").entries()) {
				expect(model.phases[i]?.en, `${model.id} ${i}`).toBe(label);
				expect(catalog.phaseIndex(model, label), label).toBe(i);
			}
		}
	});

	it("problems name the model and its phases in English, the dossier keeps the canonical names", () => {
		const skipped = evaluate({ phaseModel: "kundenherz", phase: "Vertrauen", phases: [{ phase: "Kennenlernen", datum: "2026-01-01" }] });
		expect(skipped.phase).toBe("Vertrauen");
		expect(skipped.problems.map((p) => p.message)).toEqual(["Phase skipped: from Getting to know to Trust without Deepening"]);
		const unknown = evaluate({ phaseModel: "lebenszyklus", phase: "Bestandskunde" });
		expect(unknown.problems.map((p) => p.message)).toEqual([
			"Phase “Bestandskunde” is not part of the Lifecycle model (phases: Target customer, Prospect, New customer, Regular customer, Top customer)",
		]);
		const model = evaluate({ phaseModel: "Wasserfall" });
		expect(model.problems.map((p) => p.message)).toEqual(["Unknown phase model “Wasserfall”; using Customer heart"]);
	});

	it("German output keeps the German names", () => {
		const skipped = evaluate({ phaseModel: "kundenherz", phase: "Vertrauen", phases: [{ phase: "Kennenlernen", datum: "2026-01-01" }] }, de);
		expect(skipped.problems.map((p) => p.message)).toEqual(["Phase übersprungen: von Kennenlernen zu Vertrauen ohne Vertiefung"]);
	});
});
