import { describe, expect, it } from "vitest";
import { weekdayAfterReference } from "../../../../src/core/dates/refiners/weekday-after";
import { match } from "./match";

// Monday 23 November 2026; chrono counts Sunday 0 … Saturday 6.
const REF = "2026-11-23";

describe("weekdayAfterReference", () => {
	it("gives the first such day after the reference", () => {
		expect(weekdayAfterReference(match("Freitag", { weekday: 5 }), REF, false)).toBe("2026-11-27");
		expect(weekdayAfterReference(match("Monday", { weekday: 1 }), REF, false)).toBe("2026-11-30");
		expect(weekdayAfterReference(match("Sonntag", { weekday: 0 }), REF, false)).toBe("2026-11-29");
	});

	it("reads last and next week around it", () => {
		expect(weekdayAfterReference(match("Freitag", { weekday: 5 }, { before: "letzten " }), REF, false)).toBe("2026-11-20");
		expect(weekdayAfterReference(match("last Friday", { weekday: 5 }), REF, false)).toBe("2026-11-20");
		expect(weekdayAfterReference(match("Dienstag", { weekday: 2 }, { after: " nächste Woche" }), REF, false)).toBe("2026-12-01");
	});

	it("leaves a match with a day of the month alone", () => {
		expect(weekdayAfterReference(match("Freitag, 4. Dezember", { weekday: 5, day: 4, month: 12 }), REF, false)).toBeUndefined();
	});
});
