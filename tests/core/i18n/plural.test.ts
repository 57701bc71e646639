import { describe, expect, it } from "vitest";
import { de } from "../../../src/core/i18n/de";
import { en } from "../../../src/core/i18n/en";

describe("counts take the noun's singular for exactly one", () => {
	it("in the summary", () => {
		expect([de.summary.customers(1), de.summary.problems(1), de.summary.unreadable(1)]).toEqual([
			"1 Kunde",
			"1 Problem in Dossiers",
			"1 Notiz nicht vollständig lesbar",
		]);
		expect([de.summary.customers(0), de.summary.customers(2), de.summary.problems(3)]).toEqual(["0 Kunden", "2 Kunden", "3 Probleme in Dossiers"]);
		expect([en.summary.customers(1), en.summary.problems(1), en.summary.unreadable(1)]).toEqual([
			"1 customer",
			"1 problem in dossiers",
			"1 note not fully readable",
		]);
		expect(en.summary.customers(2)).toBe("2 customers");
	});
});
