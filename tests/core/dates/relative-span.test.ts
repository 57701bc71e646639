import { describe, expect, it } from "vitest";
import { read, span } from "./helpers";

describe("weeks and months as periods, counted from the reference", () => {
	it.each([
		["nächste Woche", "2026-11-30…2026-12-06"],
		["Angebot nächste Woche schicken", "2026-11-30…2026-12-06"],
		["next week", "2026-11-30…2026-12-06"],
		["übernächste Woche", "2026-12-07…2026-12-13"],
		["the week after next", "2026-12-07…2026-12-13"],
		["diese Woche (noch)", "2026-11-23…2026-11-29"],
		["this week", "2026-11-23…2026-11-29"],
		["nächsten Monat", "2026-12-01…2026-12-31"],
		["next month", "2026-12-01…2026-12-31"],
		["in 2 Wochen nachfassen", "2026-12-07"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("counts the week from a reference in mid-week", () => {
		expect(span("nächste Woche", "2026-11-26")).toBe("2026-11-30…2026-12-06");
		expect(span("nächsten Monat", "2027-01-31")).toBe("2027-02-01…2027-02-28");
	});

	it("is relative", () => {
		expect(read("nächste Woche").relative).toBe(true);
		expect(read("in 2 Wochen").relative).toBe(true);
	});
});
