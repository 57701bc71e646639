import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isoWeekday, isValidDay, mondayOfIsoWeek, parseIsoDay, toIsoDay } from "../../../src/core/dates/day";
import { nearestYear } from "../../../src/core/dates/year-nearest";

const day = fc
	.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

describe("calendar days", () => {
	it("rejects impossible days", () => {
		expect(isValidDay(2026, 2, 29)).toBe(false);
		expect(isValidDay(2028, 2, 29)).toBe(true);
		expect(parseIsoDay("2026-04-31")).toBeNull();
		expect(parseIsoDay("2026-4-3")).toBeNull();
	});

	it("agrees with the Date object on every day, month length and ISO string (1000–9999)", () => {
		const anyDay = fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000));
		fc.assert(
			fc.property(anyDay, fc.integer({ min: -800, max: 800 }), (d, n) => {
				const iso = d.toISOString().slice(0, 10);
				const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
				expect(parseIsoDay(iso)).toEqual({ year: y, month: m, day: d.getUTCDate() });
				expect(isoWeekday(iso)).toBe(d.getUTCDay() || 7);
				expect(isValidDay(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate() + 1)).toBe(false);
				const later = new Date(d.getTime() + n * 86_400_000);
				if (later.getUTCFullYear() >= 1000 && later.getUTCFullYear() <= 9999) expect(addDays(iso, n)).toBe(later.toISOString().slice(0, 10));
			}),
			{ numRuns: 3000 },
		);
		expect(parseIsoDay("2026-1a-03")).toBeNull();
		expect(parseIsoDay("２０２６-11-03")).toBeNull();
	});

	it("knows ISO weeks", () => {
		expect(isoWeekday("1970-01-01")).toBe(4);
		expect(isoWeekday("1969-12-28")).toBe(7);
		expect(isoWeekday("2026-11-23")).toBe(1);
		expect(mondayOfIsoWeek(2026, 49)).toBe("2026-11-30");
		expect(mondayOfIsoWeek(2026, 53)).toBe("2026-12-28");
		expect(mondayOfIsoWeek(2027, 53)).toBeNull();
		expect(mondayOfIsoWeek(2027, 1)).toBe("2027-01-04");
	});

	it("adds months, keeping the day where the month has it", () => {
		expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
		expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
		expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
		expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
	});

	it("adds and counts days without drifting", () => {
		fc.assert(fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
	});

	it("always lands a day-month within half a year of the reference", () => {
		fc.assert(
			fc.property(day, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (ref, month, dayOfMonth) => {
				const date = nearestYear(month, dayOfMonth, ref);
				expect(date).not.toBeNull();
				expect(Math.abs(daysBetween(ref, date as string))).toBeLessThanOrEqual(184);
				expect(date?.slice(5)).toBe(toIsoDay(2000, month, dayOfMonth).slice(5));
			}),
		);
	});
});
