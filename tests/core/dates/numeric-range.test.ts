import { describe, expect, it } from "vitest";
import { span } from "./helpers";

describe("ranges of numeric dates", () => {
	it.each([
		["Messe 10.–12.12.", "2026-12-10…2026-12-12"],
		["Messe 10.-12.12.", "2026-12-10…2026-12-12"],
		["vom 10. bis 12.12.", "2026-12-10…2026-12-12"],
		["Urlaub 28.12.-3.1.", "2026-12-28…2027-01-03"],
		["Schulung 10.11.-12.11.2027", "2027-11-10…2027-11-12"],
		["Inventur 30.12.2026 - 2.1.2027", "2026-12-30…2027-01-02"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("a year at the end applies to the start", () => {
		expect(span("Messe 10.-12.12.2025")).toBe("2025-12-10…2025-12-12");
		expect(span("Betriebsferien 20.12.-6.1.2027")).toBe("2026-12-20…2027-01-06");
	});

	it("an open task's range without a year is the first one whose last day is at most 60 days past", () => {
		expect(span("Messe 1.-3.9.", "2026-11-23", true)).toBe("2027-09-01…2027-09-03");
		expect(span("Messe 1.-3.9.", "2026-11-23", false)).toBe("2026-09-01…2026-09-03");
	});

	it.each(["Punkte 12.-10.12.", "10.-12.13."])("%s is no range", (text) => expect(span(text) ?? "").not.toMatch(/…/));
});
