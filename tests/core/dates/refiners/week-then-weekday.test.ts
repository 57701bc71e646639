import { describe, expect, it } from "vitest";
import { weekThenWeekday } from "../../../../src/core/dates/refiners/week-then-weekday";
import { match } from "./match";

describe("weekThenWeekday", () => {
	it("lets the week give way to the weekday after it", () => {
		expect(weekThenWeekday(match("nächste Woche", {}, { after: " Dienstag anrufen" }), "2026-11-23", false)).toBeNull();
		expect(weekThenWeekday(match("next week", {}, { after: ", on Tuesday" }), "2026-11-23", false)).toBeNull();
	});

	it("keeps a week with no weekday after it", () => {
		expect(weekThenWeekday(match("nächste Woche", {}, { after: " anrufen" }), "2026-11-23", false)).toBeUndefined();
		expect(weekThenWeekday(match("next week", {}, { after: " call back" }), "2026-11-23", false)).toBeUndefined();
	});
});
