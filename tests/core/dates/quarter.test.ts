import { describe, expect, it } from "vitest";
import { span } from "./helpers";

describe("quarters and parts of a written year", () => {
	it.each([
		["Q1 2027", "2027-01-01…2027-03-31"],
		["Budget Q1/27", "2027-01-01…2027-03-31"],
		["1. Quartal 2027", "2027-01-01…2027-03-31"],
		["Ende Q1", "2027-03-31"],
		["bis Ende Q1", "2027-03-31"],
		["Anfang Q2 2027", "2027-04-01"],
		["Mitte Q2 2027", "2027-05-15"],
		["Ende 2026", "2026-12-31"],
		["Anfang 2027", "2027-01-01"],
		["Mitte 2027", "2027-07-01"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("a quarter without a year follows the year rule", () => {
		expect(span("Ende Q2", "2026-11-23", true)).toBe("2027-06-30");
		expect(span("Ende Q2", "2026-11-23", false)).toBe("2026-06-30");
		// 54 days before the reference: an open task is overdue, not a year away.
		expect(span("Ende Q3", "2026-11-23", true)).toBe("2026-09-30");
		expect(span("Q4", "2026-11-23", true)).toBe("2026-10-01…2026-12-31");
	});

	it.each(["SQ1 Modul", "Q5 2027", "Ende 12 Stück"])("%s is no date", (text) => expect(span(text)).toBeNull());
});
