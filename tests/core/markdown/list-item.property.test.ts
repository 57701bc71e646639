import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseListItem, type ListItemLine } from "../../../src/core/markdown/list-item";

/** The item grammar as one regular expression: the reading by hand must give exactly what this gives. */
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[([^])\](?:[ \t]+|$))?([^]*)$/u;
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function reference(content: string): ListItemLine | null {
	const m = ITEM.exec(content);
	if (!m || RULE.test(content)) return null;
	const text = (m[2] ?? "").trim();
	return text === "" ? null : { checkbox: m[1] ?? null, text };
}

// The characters the grammar turns on, and the ones that trip a hand-written reader: a surrogate pair
// (one checkbox character), a lone surrogate, a no-break space (no blank in Markdown), CR and U+2028 inside the line.
const part = fc.constantFrom(
	" ",
	"\t",
	"-",
	"*",
	"+",
	"_",
	"0",
	"1",
	"9",
	".",
	")",
	"[",
	"]",
	"x",
	" ",
	"a",
	"😀",
	"\uD83D",
	"\u00A0",
	"\r",
	"\u2028",
	"[ ]",
	"[x]",
	"- ",
	"12. ",
);
const line = fc.array(part, { maxLength: 14 }).map((parts) => parts.join(""));

describe("list items read by hand (property)", () => {
	it("give what the item pattern gives, for any line", () => {
		fc.assert(
			fc.property(line, (content) => {
				expect(parseListItem(content)).toEqual(reference(content));
			}),
			{ numRuns: 20000 },
		);
	});

	it.each([
		"1234567890. zehn Ziffern",
		"123456789. neun Ziffern",
		"- [😀] Emoji",
		"- [\uD83D] halbes Paar",
		"-\u00A0kein Leerzeichen",
		"- [x]erledigt?",
		"- []] Klammer",
		"* * *",
		"-  -\t- -",
	])("%s", (content) => expect(parseListItem(content)).toEqual(reference(content)));
});
