import { describe, expect, it } from "vitest";
import { read, span } from "./helpers";

describe("heute, morgen and their offsets", () => {
	it.each([
		["heute in einer Woche", "2026-11-30"],
		["morgen in zwei Wochen", "2026-12-08"],
		["heute oder morgen anrufen", "2026-11-23"],
		["übermorgen", "2026-11-25"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("a list of the words names no day", () => {
		expect(span("relative words (today, yesterday, tomorrow)")).toBeNull();
		expect(span("heute/morgen")).toBeNull();
	});

	it("is relative", () => expect(read("morgen").relative).toBe(true));
});
