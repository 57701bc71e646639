import { describe, expect, it } from "vitest";
import { expandYear, nearestYear } from "../../../src/core/dates/year-nearest";

describe("a day written without a year", () => {
	it("of an open task looks forward, with 60 days of grace", () => {
		expect(nearestYear(6, 15, "2026-11-23", true)).toBe("2027-06-15");
		expect(nearestYear(11, 20, "2026-11-23", true)).toBe("2026-11-20");
		// 60 days before the reference is still this year's; 61 days is next year's.
		expect(nearestYear(9, 24, "2026-11-23", true)).toBe("2026-09-24");
		expect(nearestYear(9, 23, "2026-11-23", true)).toBe("2027-09-23");
		expect(nearestYear(1, 10, "2026-12-20", true)).toBe("2027-01-10");
	});

	it("of anything else takes the year nearest to the reference", () => {
		expect(nearestYear(9, 15, "2026-11-23")).toBe("2026-09-15");
		expect(nearestYear(1, 10, "2026-12-20")).toBe("2027-01-10");
		expect(nearestYear(12, 28, "2027-01-04")).toBe("2026-12-28");
	});

	it("finds 29 February in the next leap year, or none", () => {
		expect(nearestYear(2, 29, "2026-11-23", true)).toBe("2028-02-29");
		expect(nearestYear(2, 29, "2027-11-23")).toBe("2028-02-29");
		expect(nearestYear(2, 30, "2026-11-23", true)).toBeNull();
	});

	it("reads two-digit years as this century", () => {
		expect(expandYear("26")).toBe(2026);
		expect(expandYear("2031")).toBe(2031);
	});
});
