import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clauseTest, requiredLiterals } from "../../../src/core/text/required-literals";

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const sorted = (clauses: string[][] | null) => clauses?.map((c) => [...c].sort()) ?? null;

describe("requiredLiterals", () => {
	it.each([
		["\\p{L}*rueckruf\\p{L}*|callbacks?", [["callback", "rueckruf"]]],
		["orders?|\\p{L}*bestellung(?:en)?", [["bestellung", "order"]]],
		["season'?s greetings|gifts?", [["gift", "s greetings"]]],
		["(?:try|tries|trying|tried)(?! out)|attempt\\p{L}*", [["attempt", "tried", "tries", "try"]]],
		["\\p{L}*leiter|\\p{L}*leiterin|gf", [["gf", "leiter"]]],
		["call[- ]backs?", [["call"], ["back"]]],
		["x{2}ab|a+bc", [["abc", "xab"]]],
		["(^|[^\\d-])(\\d{4}-\\d{2}-\\d{2})(?!\\d)", [DIGITS, ["-"]]],
		["(\\d{1,2})\\.\\s?(\\d{1,2})\\.", [DIGITS, ["."]]],
		["(?:mo\\.|montag)", [["mo.", "montag"]]],
		["ab+c", [["ab"], ["bc"]]],
		["ab{2,3}c", [["ab"], ["bc"]]],
		["\\x41b|\\u00e4b", [["b"]]],
		["(?<name>ab)c", [["ab"], ["c"]]],
		["in\\s+(\\d{1,3}|zwei)\\s+(tage?n?|wochen?)", [["in"], ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "zwei"], ["tag", "woche"]]],
	])("%s needs %j", (pattern, expected) => {
		expect(sorted(requiredLiterals(pattern))).toEqual(sorted(expected));
	});

	it.each(["\\p{L}+", "a|\\d*", "(?!nicht)\\p{L}*", "(?:mehr)?\\s+", "a{b", "x{1", "\\p", "(ab"])("promises nothing for %s", (pattern) => {
		expect(requiredLiterals(pattern)).toBeNull();
	});

	it("every match holds a string of each clause (patterns like our rules', random texts)", () => {
		const patterns = [
			"\\p{L}*rueckruf\\p{L}*|callbacks?|call[- ]backs?|call (?:me|us) back",
			"(?:try|tries)(?! out)|attempt\\p{L}*|versuch",
			"\\p{L}*auftrag(?:s\\p{L}*|es)?|(?:the|an) orders?",
			"season'?s greetings|gifts?",
			"(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}|\\d{2}))?",
			"in\\s+(\\d{1,3}|eins?|zwei)\\s+(tage?n?|wochen?)",
			"tag+e|gift{1,3}s",
		];
		const alphabet = fc.constantFrom(
			"rueckruf",
			"call",
			" ",
			"-",
			".",
			"back",
			"s",
			"try",
			"out",
			"auftrag",
			"es",
			"the",
			"order",
			"season",
			"'",
			"greetings",
			"gift",
			"x",
			"me",
			"attempt",
			"1",
			"23",
			"2026",
			"in",
			"ein",
			"eins",
			"tag",
			"tagen",
			"woche",
		);
		fc.assert(
			fc.property(fc.constantFrom(...patterns), fc.array(alphabet, { maxLength: 10 }), (pattern, parts) => {
				const text = parts.join("");
				const clauses = requiredLiterals(pattern);
				if (new RegExp(pattern, "u").test(text) && clauses) expect(clauseTest(clauses)(text)).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});
});
