import { describe, expect, it } from "vitest";
import { dailyNoteMatcher, formatDailyNoteName } from "../../../src/core/markdown/daily-note";
import { DAILY_FORMATS } from "./daily-note-formats";

describe("daily-note formats (one table for the CLI and the plugin)", () => {
	it.each(DAILY_FORMATS.filter((f) => f.name))("$format ($lang) names 2026-11-23 „$name“ and reads it back", ({ format, lang, folder, name }) => {
		expect(formatDailyNoteName("2026-11-23", format, lang)).toBe(name);
		expect(dailyNoteMatcher(format).dateOf(`${folder ? `${folder}/` : ""}${name}`)).toBe("2026-11-23");
	});

	it("reads month names of either language, abbreviated or not, whatever the case", () => {
		const m = dailyNoteMatcher("D. MMMM YYYY");
		expect(["3. März 2026", "3. Maerz 2026", "3. march 2026", "3. Mrz 2026", "3. MÄRZ 2026"].map((n) => m.dateOf(n))).toEqual(Array(5).fill("2026-03-03"));
		expect(m.dateOf("3. Brumaire 2026")).toBeNull();
		expect(m.dateOf("31. Februar 2026")).toBeNull();
	});

	it("writes no name for tokens it cannot write (weeks, hours), so the caller falls back", () => {
		expect(formatDailyNoteName("2026-11-23", "YYYY-MM-DD [KW]ww", "de")).toBeNull();
		expect(formatDailyNoteName("2026-11-23", "YYYY-MM-DD HH", "de")).toBeNull();
	});

	it("writes English ordinals as moment does", () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((d) => formatDailyNoteName(`2026-11-${String(d).padStart(2, "0")}`, "Do", "en"))).toEqual([
			"1st",
			"2nd",
			"3rd",
			"4th",
			"11th",
			"12th",
			"13th",
			"21st",
			"22nd",
			"23rd",
		]);
	});
});
