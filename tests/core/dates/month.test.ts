import { describe, expect, it } from "vitest";
import { read, span } from "./helpers";

describe("a month as a period", () => {
	it.each([
		["im Dezember", "2026-12-01…2026-12-31"],
		["Hausmesse im Februar 2028", "2028-02-01…2028-02-29"],
		["in March", "2027-03-01…2027-03-31"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("follows the year rule and is not relative", () => {
		expect(span("im Juni", "2026-11-23", true)).toBe("2027-06-01…2027-06-30");
		expect(span("im Juni", "2026-11-23", false)).toBe("2026-06-01…2026-06-30");
		// September 2026 ended 53 days before the reference: still within the grace.
		expect(span("im September", "2026-11-23", true)).toBe("2026-09-01…2026-09-30");
		expect(read("im Dezember").relative).toBe(false);
	});

	it.each(["in Jan's Büro", "in Mar del Plata", "Ich mache das so"])("%s is no month", (text) => expect(span(text)).toBeNull());
});
