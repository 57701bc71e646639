import { describe, expect, it } from "vitest";
import { examples, floatingDate } from "../../../src/core/vagueness/floating-date";
import { input, runExamples } from "./run-examples";

runExamples(floatingDate, examples);

describe("floating-date", () => {
	it("suggests the date as of today, to be written into the line", () => {
		expect(floatingDate.check(input("morgen Hr. Schulz anrufen", { date: "2026-12-04", floating: true }), "de")).toContain("📅 2026-12-04");
	});

	it("stays quiet for an anchored relative date and for an undated line", () => {
		expect(floatingDate.check(input("morgen Hr. Schulz anrufen", { date: "2026-12-04", floating: false }), "de")).toBeNull();
		expect(floatingDate.check(input("Hr. Schulz anrufen", { date: null, floating: true }), "de")).toBeNull();
	});
});
