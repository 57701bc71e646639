import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { concretizeDraft, keepPlannedDates, withNewDate } from "../../../src/core/edits/concretize";

describe("Konkretisieren", () => {
	it("starts the form without planned dates and without the block id", () => {
		expect(concretizeDraft("Um Rückruf bitten 📅 2026-11-25 ^abc123")).toBe("Um Rückruf bitten");
		expect(concretizeDraft("Angebot ⏳ 2026-11-24 erklären ✅ 2026-11-20")).toBe("Angebot erklären ✅ 2026-11-20");
	});

	it("keeps the old planned dates when no new date is given, unless the new text names its own", () => {
		expect(keepPlannedDates("Um Rückruf bitten 📅 2026-11-25 ⏳ 2026-11-24 ^abc", "Herrn Meier anrufen")).toBe(
			"Herrn Meier anrufen 📅 2026-11-25 ⏳ 2026-11-24",
		);
		expect(keepPlannedDates("Anruf 🛫 2026-11-20", "Anruf mit Meier")).toBe("Anruf mit Meier 🛫 2026-11-20");
		expect(keepPlannedDates("Anruf 📅 2026-11-25", "Anruf 📆 2026-12-01")).toBe("Anruf 📆 2026-12-01");
		expect(keepPlannedDates("Anruf", "Anruf mit Meier")).toBe("Anruf mit Meier");
	});

	const dates = createDateExtractor();
	it.each([
		["Am 23. November Frau Gerens anrufen", "Am 2. Dezember Frau Gerens anrufen"],
		["Angebot senden [fällig:: 2026-12-15]", "Angebot senden [fällig:: 2026-12-02]"],
		["Call Mrs Gerens on 23 November", "Call Mrs Gerens on 2 December"],
		["Anruf am 3.12.", "Anruf am 2.12."],
		["Frau Gerens morgen anrufen", "Frau Gerens am 2. Dezember anrufen"],
		["Angebot bis KW 49 senden", "Angebot bis 2. Dezember senden"],
		["Frau Gerens anrufen", "Frau Gerens anrufen 📅 2026-12-02"],
	])("a new date replaces the day the text names: %s", (text, expected) => {
		const next = withNewDate(text, "2026-12-02", dates, "2026-11-23");
		expect(next).toBe(expected);
		expect(dates.extract(next, "2026-11-23", { openTask: true }).date).toBe("2026-12-02");
	});
});
