import { describe, expect, it } from "vitest";
import { dates, read, REF } from "./helpers";

describe("what a line's dates say", () => {
	it("a relative expression counts from the reference; a named day does not", () => {
		for (const text of [
			"heute",
			"morgen",
			"übermorgen",
			"am Mittwoch",
			"nächste Woche",
			"in 2 Wochen",
			"Ende des Monats",
			"diese Woche",
			"Freitag in einer Woche",
		])
			expect(read(text).relative, text).toBe(true);
		for (const text of ["Am 3.12.", "3.12.2026", "KW 49", "Am 15. November", "im Dezember", "Jahresende", "Q1 2027", "📅 2026-12-01", "[fällig:: 2026-12-01]"])
			expect(read(text).relative, text).toBe(false);
	});

	it("a day has no last day; a period or range has", () => {
		expect(read("Am 3.12.")).toEqual({ date: "2026-12-03", dateEnd: null, relative: false });
		expect(read("KW 49")).toEqual({ date: "2026-11-30", dateEnd: "2026-12-06", relative: false });
		expect(read("Ende Q1")).toEqual({ date: "2027-03-31", dateEnd: null, relative: false });
	});

	it("a written year always wins, also for an open task", () => {
		expect(read("Am 15.6.2026", REF, true).date).toBe("2026-06-15");
		expect(read("Am 15. Juni 2026", REF, true).date).toBe("2026-06-15");
	});

	it("the open-task rule touches no relative date", () => {
		expect(read("letzten Freitag", REF, true).date).toBe("2026-11-20");
		expect(read("morgen", REF, true).date).toBe("2026-11-24");
	});

	it("keeps the done date beside the new fields", () => {
		expect(dates.extract("Angebot gesendet ✅ 2026-11-20", REF)).toEqual({ date: null, dateEnd: null, doneDate: "2026-11-20", relative: false });
	});
});
