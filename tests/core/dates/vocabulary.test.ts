import { describe, expect, it } from "vitest";
import { aheadOf, MONTHS, SHORT_WEEKDAYS, WEEKDAYS } from "../../../src/core/dates/vocabulary";
import { span } from "./helpers";

describe("one vocabulary for every date parser", () => {
	it("agrees on every ending of nächste, whichever parser reads it", () => {
		for (const ending of ["", "n", "r", "s", "m"]) {
			expect(span(`Ende nächste${ending} Woche`), ending).toBe("2026-12-04");
			expect(span(`nächste${ending} Dienstag`), ending).toBe("2026-11-24");
		}
		expect(span("Ende nächster Woche")).toBe(span("Ende nächste Woche"));
		expect(span("Anfang übernächster Woche")).toBe("2026-12-07");
	});

	it("counts how far ahead a word looks", () => {
		expect(["diese", "diesen", "this", "nächsten", "Kommende", "next", "übernächstes", "uebernaechste", "letzte", "Ende"].map(aheadOf)).toEqual([
			0,
			0,
			0,
			1,
			1,
			1,
			2,
			2,
			null,
			null,
		]);
	});

	it("names weekdays and months in German and English", () => {
		expect([WEEKDAYS.get("dienstag"), WEEKDAYS.get("tue."), WEEKDAYS.get("sonnabend"), SHORT_WEEKDAYS.Do]).toEqual([2, 2, 6, 4]);
		expect([MONTHS.get("märz"), MONTHS.get("maerz"), MONTHS.get("jänner"), MONTHS.get("dec")]).toEqual([3, 3, 1, 12]);
	});
});
