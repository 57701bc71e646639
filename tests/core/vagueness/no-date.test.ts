import { describe, expect, it } from "vitest";
import { examples, noDate } from "../../../src/core/vagueness/no-date";
import { fires, runExamples } from "./run-examples";

runExamples(noDate, examples);

describe("no-date: edge cases", () => {
	it("reads only the given date, never the text", () => {
		expect(fires(noDate, "Am 30. November Frau Gerens anrufen", { date: null })).toBe(true);
		expect(fires(noDate, "Frau Gerens anrufen", { date: "2026-11-30" })).toBe(false);
	});
});
