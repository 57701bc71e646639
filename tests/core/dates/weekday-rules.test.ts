import { describe, expect, it } from "vitest";
import { isTitle, weekdayDate, weekOf } from "../../../src/core/dates/weekday-rules";

// Wednesday 2026-11-25; Friday is ISO weekday 5.
const WED = "2026-11-25";

describe("the weekday rules", () => {
	it("place a weekday by the week it is in", () => {
		expect(weekdayDate(WED, 5, "next")).toBe("2026-11-27");
		expect(weekdayDate(WED, 3, "next")).toBe("2026-12-02");
		expect(weekdayDate(WED, 5, "past")).toBe("2026-11-20");
		expect(weekdayDate(WED, 5, "last-week")).toBe("2026-11-20");
		expect(weekdayDate(WED, 1, "last-week")).toBe("2026-11-16");
		expect(weekdayDate(WED, 5, "next-week")).toBe("2026-12-04");
		expect(weekdayDate(WED, 5, "week-after-next")).toBe("2026-12-11");
	});

	it("read the week from the words around the weekday", () => {
		expect(weekOf("", "")).toBe("next");
		expect(weekOf(" nächste Woche", "")).toBe("next-week");
		expect(weekOf("", "nächste Woche am ")).toBe("next-week");
		expect(weekOf(", übernächste Woche", "")).toBe("week-after-next");
		expect(weekOf("", "letzte Woche ")).toBe("last-week");
		expect(weekOf(" last week", "")).toBe("last-week");
		expect(weekOf("", "next week on ")).toBe("next-week");
	});

	it("tell the title Fr. from Friday by what follows", () => {
		expect(isTitle(" Schmitt anrufen")).toBe(true);
		expect(isTitle(" Dr. Weber")).toBe(true);
		expect(isTitle(" 10 Uhr")).toBe(false);
		expect(isTitle(", 10 Uhr")).toBe(false);
		expect(isTitle("")).toBe(false);
	});
});
