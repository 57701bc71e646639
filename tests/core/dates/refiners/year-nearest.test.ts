import { describe, expect, it } from "vitest";
import { yearNearestToReference } from "../../../../src/core/dates/refiners/year-nearest";
import { match } from "./match";

describe("yearNearestToReference", () => {
	it("puts a day without a year nearest the reference, or ahead for an open task", () => {
		expect(yearNearestToReference(match("15. Januar", { month: 1, day: 15 }), "2026-11-23", false)).toBe("2027-01-15");
		expect(yearNearestToReference(match("June 15", { month: 6, day: 15 }), "2026-11-23", false)).toBe("2026-06-15");
		expect(yearNearestToReference(match("June 15", { month: 6, day: 15 }), "2026-11-23", true)).toBe("2027-06-15");
	});

	it("leaves a written year and a weekday alone", () => {
		expect(yearNearestToReference(match("15. Januar 2025", { year: 2025, month: 1, day: 15 }), "2026-11-23", false)).toBeUndefined();
		expect(yearNearestToReference(match("Freitag", { weekday: 5 }), "2026-11-23", false)).toBeUndefined();
	});
});
