import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseAbc } from "../../../src/core/abc/analysis";
import { readAbc } from "../../../src/core/abc/read-abc";

const T = { a: 0.65, b: 0.85 };
const classes = (revenues: number[]) => {
	const result = analyseAbc(
		revenues.map((revenue, i) => ({ key: `k${i}`, revenue })),
		T,
	);
	return revenues.map((_, i) => result.get(`k${i}`)?.abc);
};

describe("ABC analysis (DOMAIN §3, CONTRACT)", () => {
	it("cuts the cumulative revenue share at 65 % and 85 %", () => {
		// shares: 40, 25 (cum 65 → A), 20 (85 → B), 10, 5 (C)
		expect(classes([400, 250, 200, 100, 50])).toEqual(["A", "A", "B", "C", "C"]);
	});

	it("always makes the first customer A, even above 65 %", () => {
		expect(classes([70, 15, 15])).toEqual(["A", "B", "C"]);
		expect(classes([900, 50, 50])).toEqual(["A", "C", "C"]);
		expect(classes([100])).toEqual(["A"]);
	});

	it("sorts by revenue, highest first, whatever the input order", () => {
		expect(classes([50, 400, 100, 250, 200])).toEqual(["C", "A", "C", "A", "B"]);
	});

	it("honours other thresholds", () => {
		const result = analyseAbc(
			[
				{ key: "x", revenue: 50 },
				{ key: "y", revenue: 30 },
				{ key: "z", revenue: 20 },
			],
			{ a: 0.5, b: 0.8 },
		);
		expect([...result.values()].map((r) => r.abc)).toEqual(["A", "B", "C"]);
	});

	it("never gives a customer with more revenue a lower class (property)", () => {
		const order = { A: 0, B: 1, C: 2 };
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }), (revenues) => {
				const cls = classes(revenues);
				for (let i = 0; i < revenues.length; i++)
					for (let j = 0; j < revenues.length; j++)
						if ((revenues[i] as number) > (revenues[j] as number)) expect(order[cls[i] as "A"]).toBeLessThanOrEqual(order[cls[j] as "A"]);
			}),
		);
	});
});

describe("abc as written", () => {
	it.each([
		["A", "A"],
		["b", "B"],
		[" C ", "C"],
	])("%s → %s", (raw, abc) => expect(readAbc(raw)).toEqual({ abc, invalid: null }));
	it.each(["D", "AA", "A+", 1])("%s is invalid", (raw) => expect(readAbc(raw).invalid).toBe(String(raw)));
	it("treats a missing class as none", () => expect(readAbc(undefined)).toEqual({ abc: null, invalid: null }));
});
