import { describe, expect, it } from "vitest";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { readGoalsNote } from "../../../src/core/goals/goals-spec";
import { de } from "../../../src/core/i18n/de";
import { en } from "../../../src/core/i18n/en";

const note = (fm: string) => `---\n${fm}\n---\n# Ziele\n`;
const read = (fm: string, t = de) => readGoalsNote(note(fm), { yaml: parseYaml }, t);
const targets = (fm: string) => Object.fromEntries(read(fm).targets.map((g) => [g.kind.id, g.target]));

describe("goals note: period", () => {
	it("reads von/bis as ISO or German days", () => {
		expect(read("von: 2026-10-01\nbis: 30.09.2027\nneukunden: 5").period).toEqual({ from: "2026-10-01", to: "2027-09-30" });
	});

	it("accepts the English keys and a zeitraum as a year or a range", () => {
		expect(read("from: 2027-01-01\nto: 2027-06-30\nnewCustomers: 2").period).toEqual({ from: "2027-01-01", to: "2027-06-30" });
		expect(read("zeitraum: 2027\nneukunden: 5").period).toEqual({ from: "2027-01-01", to: "2027-12-31" });
		expect(read("zeitraum: 01.10.2026 – 30.09.2027\nneukunden: 5").period).toEqual({ from: "2026-10-01", to: "2027-09-30" });
		expect(read("period: 2026-10-01 - 2027-09-30\nneukunden: 5").period).toEqual({ from: "2026-10-01", to: "2027-09-30" });
	});

	it("names the key of a bad date, of an end before the start and of a missing period", () => {
		expect(read("von: 2027-02-30\nbis: 2027-12-31\nneukunden: 5").problems).toEqual([
			{ key: "von", message: "von: „2027-02-30“ ist kein Datum (z. B. 2027-01-01 oder 01.01.2027)" },
		]);
		expect(read("von: 2027-12-31\nbis: 2027-01-01\nneukunden: 5").problems).toEqual([{ key: "bis", message: "bis: 2027-01-01 liegt vor von 2027-12-31" }]);
		expect(read("from: 2027-12-31\nto: 2027-01-01\nnewCustomers: 5", en).problems[0]?.message).toBe("to: 2027-01-01 is before from 2027-12-31");
		expect(read("zeitraum: nächstes Jahr\nneukunden: 5").problems[0]?.message).toContain("zeitraum: „nächstes Jahr“ ist kein Zeitraum");
		expect(read("von: 2027-01-01\nneukunden: 5").problems[0]?.message).toBe("Zeitraum fehlt: bitte von und bis setzen (oder zeitraum)");
	});
});

describe("goals note: targets", () => {
	it("reads every kind of goal, amounts as Germans write them", () => {
		const fm = [
			"von: 2027-01-01",
			"bis: 2027-12-31",
			"kunden: 22",
			"kundenzuwachs: 29 %",
			"neukunden: 5",
			"neue_a_kunden: 2",
			"umsatz_bestandskunden: 1,6 Mio. €",
			"umsatz_neukunden: 250.000 €",
			"umsatz_je_kunde: 95.000",
			"kontakte_pro_woche: 7,5",
		].join("\n");
		expect(targets(fm)).toEqual({
			customers: 22,
			customerGrowth: 29,
			newCustomers: 5,
			newACustomers: 2,
			revenueExisting: 1_600_000,
			revenueNew: 250_000,
			revenuePerCustomer: 95_000,
			contactsPerWeek: 7.5,
		});
	});

	it("takes the German key before the English one, in any spelling", () => {
		expect(targets("von: 2027-01-01\nbis: 2027-12-31\nNeukunden: 4\nnewCustomers: 9\nUmsatz-Neukunden: 480 T€")).toEqual({
			newCustomers: 4,
			revenueNew: 480_000,
		});
	});

	it("names the key of an unreadable target and keeps the others", () => {
		const spec = read("von: 2027-01-01\nbis: 2027-12-31\nneukunden: viele\numsatz_neukunden: 250.000 €\nkundenzuwachs: ein Drittel\nkunden: 2,5");
		expect(spec.targets.map((g) => g.key)).toEqual(["umsatz_neukunden"]);
		expect(spec.problems.map((p) => p.key)).toEqual(["kunden", "kundenzuwachs", "neukunden"]);
		expect(spec.problems[2]?.message).toBe("neukunden: „viele“ ist keine ganze Zahl (z. B. 5)");
		expect(read("from: 2027-01-01\nto: 2027-12-31\nrevenueNew: lots", en).problems[0]?.message).toBe(
			'revenueNew: "lots" is no amount (e.g. 250,000 EUR, 1.6 Mio)',
		);
	});

	it("says so when a note sets no goal, or its YAML is broken", () => {
		expect(read("von: 2027-01-01\nbis: 2027-12-31").problems[0]?.message).toContain("Keine Ziele gesetzt");
		expect(read("von: [2027").problems[0]?.message).toContain("Frontmatter ist kein gültiges YAML");
	});
});
