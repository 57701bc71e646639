import { describe, expect, it } from "vitest";
import { de } from "../../../src/core/i18n/de";
import { createPhaseCatalog } from "../../../src/core/phases/catalog";
import { evaluatePhases, type PhaseInput } from "../../../src/core/phases/evaluate";
import { readHistory } from "../../../src/core/phases/history";

const catalog = createPhaseCatalog();
const evaluate = (input: Partial<PhaseInput>) => evaluatePhases({ phaseModel: null, phase: null, phases: null, ...input }, catalog, "kundenherz", de);
const codes = (input: Partial<PhaseInput>) => evaluate(input).problems.map((p) => p.code);

describe("phase history in the forms users write", () => {
	it("reads a list of maps, a map, one-key maps and strings", () => {
		const expected = [
			{ phase: "Gelegenheit", date: "2025-03-10" },
			{ phase: "Kennenlernen", date: "2025-04-02" },
		];
		expect(
			readHistory([
				{ phase: "Gelegenheit", datum: "2025-03-10" },
				{ phase: "Kennenlernen", date: "02.04.2025" },
			]),
		).toEqual(expected);
		expect(readHistory({ Gelegenheit: "2025-03-10", Kennenlernen: "2025-04-02" })).toEqual(expected);
		expect(readHistory([{ Gelegenheit: "2025-03-10" }, { Kennenlernen: "2025-04-02" }])).toEqual(expected);
		expect(readHistory(["2025-03-10 Gelegenheit", "Kennenlernen (2025-04-02)"])).toEqual(expected);
		expect(readHistory(["Ich-Du-Wir: 2025-04-02"])).toEqual([{ phase: "Ich-Du-Wir", date: "2025-04-02" }]);
	});
});

describe("phase models and problems (CONTRACT)", () => {
	it("gives canonical names for aliases and spelling variants", () => {
		const state = evaluate({ phaseModel: "Beziehung", phase: "ernuechterung", phases: { honeymoon: "2025-01-01", Ernüchterung: "2025-06-01" } });
		expect(state.model.id).toBe("beziehung");
		expect(state.phase).toBe("Ernüchterung");
		expect(state.history.map((s) => s.phase)).toEqual(["Verliebtheit", "Ernüchterung"]);
		expect(state.problems).toEqual([]);
	});

	it("flags unknown phases and unknown models", () => {
		expect(codes({ phase: "Hochzeit" })).toEqual(["unknown-phase"]);
		expect(evaluate({ phase: "Hochzeit" }).phase).toBeNull();
		expect(codes({ phaseModel: "Fantasie", phase: "Vertrauen" })).toEqual(["unknown-phase-model"]);
	});

	it("flags a skip in the history and from the last recorded phase to the current one", () => {
		expect(codes({ phase: "Vertrauen", phases: { Gelegenheit: "2025-01-01", Kennenlernen: "2025-02-01", Vertrauen: "2025-03-01" } })).toEqual([
			"phase-skipped",
		]);
		expect(
			evaluate({ phase: "Vertrauen", phases: { Gelegenheit: "2025-01-01", Kennenlernen: "2025-02-01", Vertrauen: "2025-03-01" } }).problems[0]?.message,
		).toContain("ohne Vertiefung");
		expect(codes({ phase: "Vertrauen", phases: { Gelegenheit: "2025-01-01", Kennenlernen: "2025-02-01" } })).toEqual(["phase-skipped"]);
		expect(codes({ phase: "Vertiefung", phases: { Gelegenheit: "2025-01-01", Kennenlernen: "2025-02-01" } })).toEqual([]);
	});

	it("allows moving back, and checks the dates only along forward moves", () => {
		expect(
			codes({
				phaseModel: "beziehung",
				phase: "Ernüchterung",
				phases: [
					{ phase: "Verliebtheit", datum: "2025-01-01" },
					{ phase: "Ernüchterung", datum: "2025-03-01" },
					{ phase: "Machtkampf", datum: "2025-06-01" },
					{ phase: "Ernüchterung", datum: "2025-09-01" },
				],
			}),
		).toEqual([]);
		expect(codes({ phase: "Kennenlernen", phases: { Gelegenheit: "2025-05-01", Kennenlernen: "2025-02-01" } })).toEqual(["phase-order"]);
		expect(codes({ phase: "Gelegenheit", phases: { Kennenlernen: "2025-05-01", Gelegenheit: "2025-02-01" } })).toEqual([]);
	});

	it("takes the current phase from the history when none is written, and infers the model", () => {
		expect(evaluate({ phases: { Gelegenheit: "2025-01-01", Kennenlernen: "2025-02-01" } }).phase).toBe("Kennenlernen");
		const lifecycle = evaluate({ phase: "Stammkunde" });
		expect([lifecycle.model.id, lifecycle.phase, lifecycle.problems]).toEqual(["lebenszyklus", "Stammkunde", []]);
	});

	it("uses custom models as data", () => {
		const custom = createPhaseCatalog([
			{
				id: "messe",
				name: { de: "Messe", en: "Fair" },
				aliases: [],
				phases: [
					{ name: "Kontakt", aliases: [] },
					{ name: "Demo", aliases: [] },
					{ name: "Angebot", aliases: [] },
				],
			},
		]);
		const state = evaluatePhases({ phaseModel: "messe", phase: "Angebot", phases: { Kontakt: "2026-01-01" } }, custom, "kundenherz", de);
		expect(state.model.id).toBe("messe");
		expect(state.problems.map((p) => p.code)).toEqual(["phase-skipped"]);
	});
});
