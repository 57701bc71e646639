import { describe, expect, it } from "vitest";
import { aFloor, analyseAbc } from "../../../src/core/abc/analysis";
import { contactDue, contactProblem, dueSoonDays } from "../../../src/core/customers/contact";
import { liftedAbc } from "../../../src/core/customers/effective-abc";
import { de } from "../../../src/core/i18n/de";

describe("contact cadence", () => {
	const today = "2026-11-23";
	const code = (last: string | null, interval: number | null) => contactProblem(last, interval, today, de)?.code ?? null;

	it("announces a contact min(7, interval / 5) days ahead, the due day included", () => {
		expect([dueSoonDays(90), dueSoonDays(30), dueSoonDays(14), dueSoonDays(3)]).toEqual([7, 6, 2, 0]);
		expect(code("2026-09-01", 90)).toBe("contact-due"); // due 2026-11-30, 7 days ahead
		expect(code("2026-09-02", 90)).toBeNull(); // due 2026-12-01, 8 days ahead
		expect(code("2026-11-09", 14)).toBe("contact-due"); // due today
		expect(code("2026-11-08", 14)).toBe("contact-overdue"); // due yesterday
		expect(code("2026-11-20", 3)).toBe("contact-due");
		expect(code("2026-11-21", 3)).toBeNull();
	});

	it("without a contact: overdue and no due day; without an interval: neither", () => {
		expect(code(null, 14)).toBe("contact-overdue");
		expect(contactDue(null, 14)).toBeNull();
		expect(code("2020-01-01", null)).toBeNull();
		expect(contactDue("2026-11-01", 30)).toBe("2026-12-01");
	});
});

describe("potential lifts the class", () => {
	it("aFloor is the smallest revenue the analysis puts in A", () => {
		const entries = [
			{ key: "a", revenue: 500 },
			{ key: "b", revenue: 300 },
			{ key: "c", revenue: 150 },
			{ key: "d", revenue: 50 },
		];
		const result = analyseAbc(entries, { a: 0.8, b: 0.95 });
		expect([...result.values()].map((r) => r.abc)).toEqual(["A", "A", "B", "C"]);
		expect(aFloor(entries, result)).toBe(300);
		expect(aFloor([], new Map())).toBeNull();
	});

	it("lifts B and C to A from the bar on; A, no class and no bar stay", () => {
		expect(liftedAbc(null, "C", 300, 300)).toBe("A");
		expect(liftedAbc(null, "B", 299, 300)).toBe("B");
		expect(liftedAbc("C", "A", 300, 300)).toBe("A");
		expect(liftedAbc("A", "C", 0, 300)).toBe("A");
		expect(liftedAbc(null, null, 1e9, 300)).toBeNull();
		expect(liftedAbc("C", null, 1e9, null)).toBe("C");
		expect(liftedAbc("C", null, null, 300)).toBe("C");
	});
});
