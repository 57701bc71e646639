import { describe, expect, it } from "vitest";
import { requireDay } from "../../../../src/core/dates/refiners/require-day";
import { match } from "./match";

describe("requireDay", () => {
	it("rejects a time or a month alone", () => {
		expect(requireDay(match("10 Uhr", {}), "2026-11-23", false)).toBeNull();
		expect(requireDay(match("Dezember", { month: 12 }), "2026-11-23", false)).toBeNull();
	});

	it("passes a day or a weekday on", () => {
		expect(requireDay(match("15. November", { month: 11, day: 15 }), "2026-11-23", false)).toBeUndefined();
		expect(requireDay(match("Friday", { weekday: 5 }), "2026-11-23", false)).toBeUndefined();
	});
});
