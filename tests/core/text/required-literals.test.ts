import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requiredLiterals } from "../../../src/core/text/required-literals";

describe("requiredLiterals", () => {
	it.each([
		["\\p{L}*rueckruf\\p{L}*|callbacks?", ["callback", "rueckruf"]],
		["orders?|\\p{L}*bestellung(?:en)?", ["order", "bestellung"]],
		["season'?s greetings|gifts?", ["gift", "s greetings"]],
		["(?:try|tries|trying|tried)(?! out)|attempt\\p{L}*", ["tried", "tries", "try", "attempt"]],
		["\\p{L}*leiter|\\p{L}*leiterin|gf", ["gf", "leiter"]],
		["call[- ]backs?", ["call"]],
		["x{2}ab|a+bc", ["abc", "xab"]],
	])("%s needs one of %j", (pattern, expected) => {
		expect(requiredLiterals(pattern)?.sort()).toEqual([...expected].sort());
	});

	it.each([["(?:mehr|more)?\\s+akquis"], ["\\p{L}+"], ["a|\\d+"], ["(?!nicht)\\p{L}*"]])("promises nothing for %s when an alternative has no literal", (pattern) => {
		const needles = requiredLiterals(pattern);
		if (needles) expect(needles.every((n) => n.length > 0)).toBe(true);
		if (pattern === "\\p{L}+" || pattern === "a|\\d+") expect(needles).toBeNull();
	});

	it("every match contains a needle (patterns of our rules, random texts)", () => {
		const patterns = ["\\p{L}*rueckruf\\p{L}*|callbacks?|call[- ]backs?|call (?:me|us) back", "(?:try|tries)(?! out)|attempt\\p{L}*|versuch", "\\p{L}*auftrag(?:s\\p{L}*|es)?|(?:the|an) orders?", "season'?s greetings|gifts?"];
		const alphabet = fc.constantFrom("rueckruf", "call", " ", "-", "back", "s", "try", "out", "auftrag", "es", "the", "order", "season", "'", "greetings", "gift", "x", "me", "attempt");
		fc.assert(
			fc.property(fc.constantFrom(...patterns), fc.array(alphabet, { maxLength: 8 }), (pattern, parts) => {
				const text = parts.join("");
				const match = new RegExp(pattern, "u").exec(text);
				const needles = requiredLiterals(pattern);
				if (match && needles) expect(needles.some((n) => match[0].includes(n))).toBe(true);
			}),
		);
	});
});
