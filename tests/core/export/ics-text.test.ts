import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLine, icsText } from "../../../src/core/export/ics-text";

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("ICS text values", () => {
	it("escapes backslash, semicolon and comma, and writes line breaks as \\n", () => {
		expect(icsText("Angebot; Preis 1,5 Mio\\Rabatt\nZeile 2\r\nZeile 3\rZeile 4")).toBe("Angebot\\; Preis 1\\,5 Mio\\\\Rabatt\\nZeile 2\\nZeile 3\\nZeile 4");
	});

	it("drops control characters a note may carry (escape sequences, bidi overrides), keeps tabs", () => {
		expect(icsText("Evil\u001b[2J GmbH\u202e\u0007\tok")).toBe("Evil[2J GmbH\tok");
	});
});

describe("ICS line folding", () => {
	it("leaves a line of 75 octets as it is and folds the 76th octet onto a line starting with a space", () => {
		expect(foldLine("x".repeat(75))).toBe(`${"x".repeat(75)}\r\n`);
		expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x\r\n`);
	});

	it("counts octets, not characters: umlauts are two, emoji four, and none is cut in half", () => {
		const line = `SUMMARY:${"Müller Maschinenbau: Übergabe prüfen 📅🤝 ".repeat(5)}`;
		const folded = foldLine(line);
		const lines = folded.split("\r\n").slice(0, -1);
		expect(lines.length).toBeGreaterThan(3);
		for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
		// A line is cut only where the next character would not fit.
		for (const l of lines.slice(0, -1)) expect(octets(l)).toBeGreaterThan(71);
		expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
		expect(unfold(folded)).toBe(`${line}\r\n`);
		expect(folded).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
	});

	it("puts 37 umlauts (74 octets) on the first line and the 38th on the next", () => {
		const folded = foldLine(`X${"ä".repeat(40)}`);
		expect(folded.split("\r\n")[0]).toBe(`X${"ä".repeat(37)}`);
	});

	it("for any text: lines of at most 75 octets that unfold to the line", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
				const line = `DESCRIPTION:${icsText(text)}`;
				const folded = foldLine(line);
				for (const l of folded.split("\r\n")) expect(octets(l)).toBeLessThanOrEqual(75);
				expect(unfold(folded)).toBe(`${line}\r\n`);
			}),
			{ numRuns: 200 },
		);
	});
});
