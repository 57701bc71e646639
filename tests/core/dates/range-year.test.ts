import { describe, expect, it } from "vitest";
import { rangeDates, writtenRange } from "../../../src/core/dates/range-year";

const messe = { startDay: 10, startMonth: 12, endDay: 12, endMonth: 12 };
const winter = { startDay: 28, startMonth: 12, endDay: 3, endMonth: 1 };

describe("the year of a range", () => {
	it("is the year written at its end, for the start as well", () => {
		expect(rangeDates(messe, 2027, "2026-11-23")).toEqual(["2027-12-10", "2027-12-12"]);
		expect(rangeDates(winter, 2027, "2026-11-23")).toEqual(["2026-12-28", "2027-01-03"]);
	});

	it("without a year, follows the year rule of the line", () => {
		expect(rangeDates(messe, null, "2026-11-23", true)).toEqual(["2026-12-10", "2026-12-12"]);
		expect(rangeDates(winter, null, "2026-11-23", true)).toEqual(["2026-12-28", "2027-01-03"]);
	});

	it("is none for a range that ends before it starts or names no real day", () => {
		expect(rangeDates({ startDay: 12, startMonth: 12, endDay: 10, endMonth: 12 }, 2026, "2026-11-23")).toBeNull();
		expect(rangeDates({ startDay: 30, startMonth: 2, endDay: 2, endMonth: 3 }, 2026, "2026-11-23")).toBeNull();
	});

	it("with both years written, keeps them, and refuses a backward range", () => {
		expect(writtenRange({ startDay: 10, startMonth: 8, endDay: 12, endMonth: 10 }, 2013, 2013)).toEqual(["2013-08-10", "2013-10-12"]);
		expect(writtenRange({ startDay: 10, startMonth: 8, endDay: 12, endMonth: 10 }, 2014, 2013)).toBeNull();
	});
});
