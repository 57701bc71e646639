import { describe, expect, it } from "vitest";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { goalsReport } from "../../../src/core/goals/goals-report";
import { de } from "../../../src/core/i18n/de";
import { customer, index } from "../index/build";

/** A year of goals; on 2027-04-01 (day 91 of 365) a gain is expected at 91/365 ≈ 24.9 % of its target. */
const GOALS = `---
von: 2027-01-01
bis: 2027-12-31
kunden: 7
kundenzuwachs: 100 %
neukunden: 4
neue_a_kunden: 1
umsatz_bestandskunden: 300.000 €
umsatz_neukunden: 200.000 €
umsatz_je_kunde: 200.000 €
kontakte_pro_woche: 2
---
`;

const VAULT = {
	"Kunden/Alt.md": customer("status: Stammkunde\nabc: A\numsatz: 300.000 €\nerstellt: 2020-01-01"),
	"Kunden/Neu.md": customer("status: Neukunde\nabc: A\numsatz: 100.000 €\nerstellt: 2027-02-01"),
	"Kunden/Gewonnen.md": customer(
		"status: Neukunde\nabc: C\nphasenmodell: lebenszyklus\nphase: Neukunde\nphasen:\n  - phase: Interessent\n    datum: 2026-11-01\n  - phase: Neukunde\n    datum: 2027-03-01\numsatz: 50.000 €\nerstellt: 2026-11-01",
	),
	"Kunden/Später.md": customer("status: Neukunde\nabc: C\numsatz: 10.000 €\nerstellt: 2027-06-01"),
	"Kunden/Vorjahr.md": customer("status: Neukunde\nabc: C\nerstellt: 2026-12-01"),
	"Kunden/Interessent.md": customer("status: Interessent\numsatz: 90.000 €"),
	"Tagesnotizen/2026-12-30.md": "- 10:00 [[Alt]] Besuch\n",
	"Tagesnotizen/2027-02-10.md": "- 10:00 [[Alt]] Besuch\n- 11:00 [[Neu]] und [[Gewonnen]] Messegespräch\n- [x] [[Neu]] Angebot geschickt\n",
	"Tagesnotizen/2027-03-31.md": "- 09:00 [[Gewonnen]] Telefonat\n- [ ] [[Alt]] anrufen 📅 2027-04-20\n",
	"Tagesnotizen/2027-04-02.md": "- 09:00 [[Alt]] Telefonat\n",
};

const report = (day: string, goals = GOALS) => goalsReport("Notizen/Ziele.md", goals, index(VAULT, {}, day), { yaml: parseYaml }, de);
const byId = (day: string) => Object.fromEntries(report(day).goals.map((g) => [g.id, g]));

describe("goal progress on a fixed day", () => {
	const g = byId("2027-04-01");

	it("counts customers by lifecycle status and the ones won in the period up to the day", () => {
		// Alt, Neu, Gewonnen, Später, Vorjahr are customers; the prospect is not. Später is won after the day.
		expect(g.customers?.value).toBe(5);
		expect(g.newCustomers?.value).toBe(2);
		expect(g.newACustomers?.value).toBe(1);
		// Growth over the three customers the period started with.
		expect(g.customerGrowth?.value).toBeCloseTo(66.67, 1);
	});

	it("sums revenue of existing and of new customers, and averages it over customers with one", () => {
		expect(g.revenueExisting?.value).toBe(310_000);
		expect(g.revenueNew?.value).toBe(150_000);
		expect(g.revenuePerCustomer?.value).toBe(115_000);
	});

	it("counts done contacts in the period up to the day, each line once, per week", () => {
		// 10 Feb: three lines (one of them for two customers), 31 Mar: one; 30 Dec is before, 2 Apr after.
		expect(g.contactsPerWeek?.value).toBeCloseTo((4 / 91) * 7, 6);
	});

	it("judges gains against the straight line from the start and levels against the target", () => {
		const share = 91 / 365;
		expect(g.newCustomers).toMatchObject({ target: 4, percent: 50, expected: 4 * share, daysLeft: 275, track: "on-track" });
		// Customers start from the three not won since: 3 + (7 - 3) · share ≈ 4.0, and there are 5.
		expect(g.customers?.expected).toBeCloseTo(3 + 4 * share, 6);
		expect(g.customers?.track).toBe("on-track");
		expect(g.revenueExisting?.track).toBe("reached");
		expect(g.revenuePerCustomer).toMatchObject({ expected: 200_000, track: "behind" });
		expect(g.contactsPerWeek?.track).toBe("behind");
		expect(g.newACustomers?.track).toBe("reached");
	});

	it("before the period nothing is expected yet; after it, what is not reached is missed", () => {
		const before = Object.fromEntries(report("2026-12-15").goals.map((p) => [p.id, p]));
		expect(before.newCustomers).toMatchObject({ value: 0, expected: null, daysLeft: 365, track: "not-started" });
		expect(before.contactsPerWeek?.value).toBeNull();
		const after = Object.fromEntries(report("2028-01-10").goals.map((p) => [p.id, p]));
		expect(after.newCustomers).toMatchObject({ value: 3, daysLeft: 0, track: "missed" });
		expect(after.revenueExisting?.track).toBe("reached");
	});

	it("the last day of the period still has one day left", () => {
		expect(byId("2027-12-31").newCustomers?.daysLeft).toBe(1);
	});

	it("an unreadable goal is a problem with its key; the readable ones are still measured", () => {
		const r = report("2027-04-01", GOALS.replace("neukunden: 4", "neukunden: vier"));
		expect(r.problems).toEqual([{ key: "neukunden", message: "neukunden: „vier“ ist keine ganze Zahl (z. B. 5)" }]);
		expect(r.goals.map((p) => p.id)).not.toContain("newCustomers");
		expect(r.goals).toHaveLength(7);
	});

	it("without a readable period there is nothing to measure, only the problem", () => {
		const r = report("2027-04-01", GOALS.replace("bis: 2027-12-31", "bis: 2026-12-31"));
		expect(r.goals).toEqual([]);
		expect(r.problems[0]?.message).toBe("bis: 2026-12-31 liegt vor von 2027-01-01");
	});
});
