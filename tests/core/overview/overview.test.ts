import { describe, expect, it } from "vitest";
import { customerOverview } from "../../../src/core/overview/overview";
import { createPhaseCatalog } from "../../../src/core/phases/catalog";
import { customer, index } from "../index/build";

const OPTIONS = { models: createPhaseCatalog().models, abcThresholds: { a: 0.65, b: 0.85 }, stuckDays: {} };

const VAULT = {
	"Kunden/Alpha.md": customer("abc: A\numsatz: 500000\nphasenmodell: kundenherz\nphase: Vertrauen", "- [ ] 2026-11-25 Herrn Alpha das Angebot vorstellen\n"),
	"Kunden/Beta.md": customer(
		"abc: B\numsatz: 200000\nphasenmodell: kundenherz\nphase: Kennenlernen\nphasen:\n  - phase: Gelegenheit\n    datum: 2024-01-10\n  - phase: Kennenlernen\n    datum: 2025-02-01",
	),
	"Kunden/Gamma.md": customer("abc: C\numsatz: 100000\npotenzial: 600000\nphasenmodell: beziehung\nphase: Ernüchterung"),
	"Kunden/Delta.md": customer(
		"phasenmodell: lebenszyklus\nphase: Interessent\nphasen:\n  - phase: Wunschkunde\n    datum: 2026-10-01\n  - phase: Interessent\n    datum: 2026-11-01",
	),
	"Kunden/Epsilon.md": customer("abc: C\numsatz: 200000\nphasenmodell: kundenherz"),
};

describe("customer overview", () => {
	const overview = customerOverview(index(VAULT), OPTIONS);

	it("counts customers per phase of every model in use, in catalog order", () => {
		expect(overview.phases.map((m) => m.id)).toEqual(["kundenherz", "beziehung", "lebenszyklus"]);
		const heart = overview.phases[0];
		expect(heart?.phases.map((p) => [p.phase, p.count])).toEqual([
			["Gelegenheit", 0],
			["Kennenlernen", 1],
			["Vertiefung", 0],
			["Vertrauen", 1],
			["Intime Phase", 0],
		]);
		expect([heart?.withoutPhase, heart?.total]).toEqual([1, 3]);
		expect(overview.phases[2]?.phases.find((p) => p.phase === "Interessent")?.count).toBe(1);
	});

	it("counts customers per written and per effective class", () => {
		expect(overview.abc.written).toEqual({ A: 1, B: 1, C: 2, none: 1 });
		// Gamma's potential reaches the smallest A revenue: treated as A.
		expect(overview.abc.effective.A).toBe(2);
		expect(overview.customers).toBe(5);
	});

	it("sorts revenue for the Pareto curve and cuts it at 65 % and 85 %", () => {
		expect(overview.pareto.total).toBe(1_000_000);
		expect(overview.pareto.points.map((p) => [p.name, p.cumulative])).toEqual([
			["Alpha", 0.5],
			["Beta", 0.7],
			["Epsilon", 0.9],
			["Gamma", 1],
		]);
		expect(overview.pareto.cuts).toEqual([
			{ threshold: 0.65, count: 2, customerShare: 0.5 },
			{ threshold: 0.85, count: 3, customerShare: 0.75 },
		]);
	});

	it("names customers stuck longer than their model's threshold", () => {
		// Beta: Kennenlernen since 2025-02-01, 660 days > 365; Delta: 22 days, well within.
		expect(overview.stuck).toEqual([
			{ path: "Kunden/Beta.md", name: "Beta", phaseModel: "kundenherz", phase: "Kennenlernen", since: "2025-02-01", days: 660, threshold: 365 },
		]);
	});

	it("lists customers without next step by the class they are treated as", () => {
		expect(overview.withoutNextStep.A.map((c) => c.name)).toEqual(["Gamma"]);
		expect(overview.withoutNextStep.B.map((c) => c.name)).toEqual(["Beta"]);
		expect(overview.withoutNextStep.C.map((c) => c.name)).toEqual(["Epsilon"]);
		expect(overview.withoutNextStep.none.map((c) => c.name)).toEqual(["Delta"]);
	});

	it("is empty, not broken, for a vault without customers", () => {
		const empty = customerOverview(index({}), OPTIONS);
		expect([empty.phases, empty.pareto.points, empty.pareto.cuts, empty.stuck]).toEqual([[], [], [], []]);
	});
});
