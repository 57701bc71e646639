import { describe, expect, it } from "vitest";
import { concretizeDraft, keepPlannedDates } from "../../../src/core/edits/concretize";

describe("Konkretisieren", () => {
	it("starts the form without planned dates and without the block id", () => {
		expect(concretizeDraft("Um Rückruf bitten 📅 2026-11-25 ^abc123")).toBe("Um Rückruf bitten");
		expect(concretizeDraft("Angebot ⏳ 2026-11-24 erklären ✅ 2026-11-20")).toBe("Angebot erklären ✅ 2026-11-20");
	});

	it("keeps the old planned dates when no new date is given, unless the new text names its own", () => {
		expect(keepPlannedDates("Um Rückruf bitten 📅 2026-11-25 ⏳ 2026-11-24 ^abc", "Herrn Meier anrufen")).toBe("Herrn Meier anrufen 📅 2026-11-25 ⏳ 2026-11-24");
		expect(keepPlannedDates("Anruf 🛫 2026-11-20", "Anruf mit Meier")).toBe("Anruf mit Meier 🛫 2026-11-20");
		expect(keepPlannedDates("Anruf 📅 2026-11-25", "Anruf 📆 2026-12-01")).toBe("Anruf 📆 2026-12-01");
		expect(keepPlannedDates("Anruf", "Anruf mit Meier")).toBe("Anruf mit Meier");
	});
});
