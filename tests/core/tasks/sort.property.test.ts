import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CustomerRecord } from "../../../src/core/customers/customer-record";
import { priority } from "../../../src/core/review/collect";
import { sortTasks, type TaskSort } from "../../../src/core/tasks/filters";
import type { Activity } from "../../../src/core/model/activity";
import { compare } from "../../../src/core/text/compare";

/** The order as the task view defines it, one comparison per pair: what the sort's string keys must reproduce. */
function reference(activities: readonly Activity[], customers: ReadonlyMap<string, CustomerRecord>, by: TaskSort): Activity[] {
	const byDate = (a: Activity, b: Activity) => compare(a.date ?? "9999", b.date ?? "9999");
	const byPlace = (a: Activity, b: Activity) => compare(a.path, b.path) || a.line - b.line;
	const byPriority = (a: Activity, b: Activity) => priority(customers.get(a.customer)) - priority(customers.get(b.customer));
	return [...activities].sort((a, b) => (by === "priority" ? byPriority(a, b) || byDate(a, b) : byDate(a, b) || byPriority(a, b)) || byPlace(a, b));
}

const CUSTOMERS = ["Kunden/A.md", "Kunden/B.md", "Kunden/C.md", "Kunden/Ohne.md"];
const customers = new Map(
	(["A", "B", "C", null] as const).map((abc, i) => [
		CUSTOMERS[i] as string,
		{ path: CUSTOMERS[i], abc, abcComputed: null, abcEffective: abc } as unknown as CustomerRecord,
	]),
);

// Paths that share prefixes, umlauts and characters on both sides of the separator: the cases a string key could get wrong.
const path = fc.constantFrom(
	"a.md",
	"a.md0.md",
	"a.md.md",
	"a b.md",
	"ab.md",
	"a/b.md",
	"ä.md",
	"A.md",
	"Tagesnotizen/2026-11-23.md",
	"Tagesnotizen/2026-11-23 2.md",
	"~.md",
);
const activity = fc.record({
	path,
	line: fc.integer({ min: 1, max: 120 }),
	customer: fc.constantFrom(...CUSTOMERS),
	date: fc.option(fc.constantFrom("2026-11-20", "2026-11-23", "2026-12-01", "2027-01-05", "9998-12-31", "9999-01-01"), { nil: null }),
});

describe("sortTasks", () => {
	it("orders as the comparison by date or priority, then file and line, keeping the given order of equals", () => {
		fc.assert(
			fc.property(fc.array(activity, { maxLength: 60 }), fc.constantFrom<TaskSort>("date", "priority"), (items, by) => {
				// Each activity distinct by identity, so the given order of equal ones is visible.
				const activities = items.map((a) => ({ ...a }) as unknown as Activity);
				const sorted = sortTasks(activities, customers, by);
				const expected = reference(activities, customers, by);
				expect(sorted.length).toBe(expected.length);
				expect(sorted.every((a, i) => a === expected[i])).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});
});
