import { describe, expect, it } from "vitest";
import { read, span } from "./helpers";

describe("Anfang, Mitte, Ende name one day", () => {
	it.each([
		["Ende nächster Woche", "2026-12-04"],
		["Ende nächste Woche", "2026-12-04"],
		["Anfang übernächster Woche", "2026-12-07"],
		["Mitte dieser Woche", "2026-11-25"],
		["Ende des Monats", "2026-11-30"],
		["Ende nächsten Monats", "2026-12-31"],
		["Quartalsende", "2026-12-31"],
		["Ende des Quartals", "2026-12-31"],
		["Anfang nächsten Quartals", "2027-01-01"],
		["Mitte des Quartals", "2026-11-15"],
		["Jahresende", "2026-12-31"],
		["zum Jahresende", "2026-12-31"],
		["Ende des Jahres", "2026-12-31"],
		["Anfang nächsten Jahres", "2027-01-01"],
		["end of the quarter", "2026-12-31"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("a part of the year without a year follows the year rule and is not relative", () => {
		expect(span("Mitte des Jahres", "2026-11-23", false)).toBe("2026-07-01");
		expect(span("Mitte des Jahres", "2026-11-23", true)).toBe("2027-07-01");
		expect(span("Jahresanfang", "2026-11-23", true)).toBe("2027-01-01");
		expect(read("Jahresende").relative).toBe(false);
		expect(read("Ende des Monats").relative).toBe(true);
		expect(read("Ende dieses Jahres").relative).toBe(true);
	});
});
