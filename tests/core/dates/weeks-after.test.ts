import { describe, expect, it } from "vitest";
import { weeksAfter } from "../../../src/core/dates/weeks-after";

const after = (text: string, word: string) => weeksAfter(text, text.indexOf(word) + word.length);

describe("an offset in weeks after a day word", () => {
	it.each([
		["Freitag in einer Woche anrufen", "Freitag", 1],
		["Freitag in zwei Wochen", "Freitag", 2],
		["heute in 3 Wochen", "heute", 3],
		["Friday in a week", "Friday", 1],
		["Montag, in acht Wochen", "Montag", 8],
	])("%s: %i", (text, word, weeks) => expect(after(text, word).weeks).toBe(weeks));

	it("covers exactly the words of the offset", () => {
		const text = "Freitag in zwei Wochen Angebot";
		expect(text.slice(7, 7 + after(text, "Freitag").length)).toBe(" in zwei Wochen");
	});

	it.each(["Freitag in Berlin", "Freitag in zwei Wochenenden", "Freitag Angebot in einer Woche"])("%s has none right after the day", (text) =>
		expect(after(text, text.split(" ")[0] ?? "")).toEqual({ weeks: 0, length: 0 }),
	);
});
