import { describe, expect, it } from "vitest";
import { stuckCustomers } from "../../../src/core/overview/stuck";
import { readStuckDays, stuckDaysFor } from "../../../src/core/overview/stuck-days";

const KUNDENHERZ = ["Gelegenheit", "Kennenlernen", "Vertiefung", "Vertrauen", "Intime Phase"];
const TODAY = "2026-11-23";

function record(name: string, phaseIndex: number, dates: string[], phaseModel = "kundenherz") {
	return {
		path: `Kunden/${name}.md`,
		name,
		phaseModel,
		phase: phaseIndex >= 0 ? (KUNDENHERZ[phaseIndex] as string) : null,
		phaseIndex,
		phaseNames: KUNDENHERZ,
		phaseHistory: dates.map((date, i) => ({ phase: KUNDENHERZ[i] as string, date })),
	};
}

describe("stuck customers", () => {
	it("counts days since the latest dated phase change, against the model's threshold", () => {
		const customers = [record("Exactly", 1, ["2025-11-23"]), record("One more", 1, ["2025-11-22"]), record("Recent", 2, ["2020-01-01", "2026-06-01"])];
		expect(stuckCustomers(customers, TODAY, {}).map((c) => [c.name, c.days])).toEqual([["One more", 366]]);
	});

	it("uses the user's threshold for a model, and sorts the longest first", () => {
		const customers = [record("Short", 1, ["2026-10-01"]), record("Long", 2, ["2026-01-01"])];
		expect(stuckCustomers(customers, TODAY, { kundenherz: 30 }).map((c) => [c.name, c.days, c.threshold])).toEqual([
			["Long", 326, 30],
			["Short", 53, 30],
		]);
	});

	it("never counts the last phase, a customer without phase, or one without a dated history", () => {
		const customers = [record("Intimate", 4, ["2010-01-01"]), record("No phase", -1, ["2010-01-01"]), record("Undated", 1, ["", "irgendwann"])];
		expect(stuckCustomers(customers, TODAY, { kundenherz: 1 })).toEqual([]);
	});

	it("takes the latest date even when the history is written out of order", () => {
		const customers = [record("Mixed", 1, ["2026-11-01", "2019-05-05"])];
		expect(stuckCustomers(customers, TODAY, { kundenherz: 10 })[0]?.since).toBe("2026-11-01");
	});
});

describe("stuck thresholds", () => {
	it("has defaults per built-in model and a fallback for the user's own", () => {
		expect([
			stuckDaysFor("verkaufsprozess", {}),
			stuckDaysFor("kundenherz", {}),
			stuckDaysFor("messe", {}),
			stuckDaysFor("kundenherz", { kundenherz: 200 }),
		]).toEqual([30, 365, 90, 200]);
	});

	it("keeps only whole days in range from stored settings", () => {
		expect(readStuckDays({ kundenherz: 200, beziehung: 0, lebenszyklus: 2.5, messe: "30", verkaufsprozess: 99999 })).toEqual({ kundenherz: 200 });
		expect([readStuckDays(null), readStuckDays([1])]).toEqual([{}, {}]);
	});
});
