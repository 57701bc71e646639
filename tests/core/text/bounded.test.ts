import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bounded, nextMatch, testBounded, type Bounded } from "../../../src/core/text/bounded";

/** What the pattern with a leading boundary group `(^|[^…])` finds: where its body starts, and the body's groups. */
function withGroup(notAfter: string, body: RegExp, text: string): string[] {
	const regex = new RegExp(`(^|[^${notAfter}])${body.source}`, body.flags.includes("g") ? body.flags : `${body.flags}g`);
	const found: string[] = [];
	for (let m = regex.exec(text); m; m = regex.exec(text)) found.push(`${m.index + (m[1] ?? "").length}:${m.slice(2).join("|")}`);
	return found;
}

function all(pattern: Bounded, text: string): string[] {
	const found: string[] = [];
	pattern.body.lastIndex = 0;
	for (let m = nextMatch(pattern, text); m; m = nextMatch(pattern, text)) found.push(`${m.index}:${m.slice(1).join("|")}`);
	return found;
}

describe("bounded", () => {
	it("finds words that do not follow a letter", () => {
		const pattern = bounded("\\p{L}", /(heute|morgen)(?![\p{L}])/giu);
		expect(all(pattern, "Heute anrufen, morgen besuchen")).toEqual(["0:Heute", "15:morgen"]);
		expect(testBounded(pattern, "übermorgen")).toBe(false);
		expect(testBounded(pattern, "Guten Morgen")).toBe(true);
		expect(testBounded(pattern, "Ämorgen")).toBe(false);
	});

	it("starts the next match after the character that follows the last, as the group consumed it", () => {
		expect(all(bounded("\\p{L}", /(\d+\.)/gu), "1.2. 3.")).toEqual(["0:1.", "5:3."]);
	});

	it("judges a letter outside the Basic Multilingual Plane as one character", () => {
		const pattern = bounded("\\p{L}", /(morgen)/gu);
		expect(testBounded(pattern, "𝐀morgen")).toBe(false);
		expect(testBounded(pattern, "😀morgen")).toBe(true);
	});

	it("finds what a leading boundary group finds (property)", () => {
		const cases: Array<[string, RegExp]> = [
			["\\p{L}", /(heute|morgen|übermorgen)(?![\p{L}])/giu],
			["\\p{L}\\p{N}.,:/-", /(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?![\d.]*\d))?(?![\p{N}])/gu],
			["\\d-", /(\d{4}-\d{2}-\d{2})(?!\d)/g],
			["\\p{L}", /(?:kw|week)\s?(\d{1,2})(?![\p{L}\d])/giu],
			["\\p{L}\\p{N}", /a(?:b|)/giu],
			["\\p{L}", /(\d+\.)/gu],
		];
		const piece = fc.constantFrom(
			"heute",
			"Morgen",
			"über",
			"morgen",
			"kw",
			"KW 49",
			"week",
			"1.",
			"12.",
			"2026-11-23",
			"2026",
			"-",
			".",
			" ",
			"a",
			"b",
			"ab",
			"Ä",
			"7",
			"😀",
			"𝐀",
			",",
			"/",
		);
		const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(fc.constantFrom(...cases), text, ([notAfter, body], t) => {
				expect(all(bounded(notAfter, body), t)).toEqual(withGroup(notAfter, body, t));
			}),
			{ numRuns: 2000 },
		);
	});
});
