import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionText } from "../../../src/core/text/action-text";
import { replaceCodeSpans } from "../../../src/core/text/code-spans";

// The regexes the loops replaced, applied as actionText applied them.
const CODE = /(`+)[\s\S]*?\1/g;
const WIKILINK = /!?\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;
const FIELD = /[[(][^\][()]*?::[^\][()]*[\])]/g;
const MDLINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const withoutSubpath = (t: string) => (t.search(/[#^]/) < 0 ? t : t.slice(0, t.search(/[#^]/)));
function byRegex(text: string): string {
	let plain = text.normalize("NFC");
	if (plain.includes("`")) plain = plain.replace(CODE, " ");
	if (plain.includes("[[")) plain = plain.replace(WIKILINK, (_all, target: string, alias: string | undefined) => alias ?? withoutSubpath(target));
	if (plain.includes("::")) plain = plain.replace(FIELD, " ");
	if (plain.includes("](")) plain = plain.replace(MDLINK, "$1");
	return plain;
}

const pieces = ["`", "``", "```", "[", "]", "[[", "]]", "(", ")", "::", ":", "|", "#", "!", " ", "a", "Meier", "x.md", "📅 2026-11-25"];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(""));

describe("action text without backtracking", () => {
	it("removes code spans as /(`+)[\\s\\S]*?\\1/g does (property)", () => {
		const ticks = fc.array(fc.constantFrom("`", "``", "```", "````", "a", " "), { maxLength: 20 }).map((p) => p.join(""));
		fc.assert(
			fc.property(ticks, (text) => {
				expect(replaceCodeSpans(text, " ")).toBe(text.replace(CODE, " "));
			}),
			{ numRuns: 300 },
		);
	});

	it("reads links, code and fields as the regexes did (property)", () => {
		// actionText also removes Tasks fields and collapses blanks: compare after the same steps.
		fc.assert(
			fc.property(line, (text) => {
				expect(actionText(text)).toBe(finish(byRegex(text)));
			}),
			{ numRuns: 300 },
		);
	});

	it("reads items of 200 KB that open code, links or fields and never close them", () => {
		for (const token of ["`", "``x", "[", "[[", "[a](", "[[x|", "[[a#", "[a](<", "[::", "[a::", "(x::"]) {
			const text = `Anruf ${token.repeat(Math.ceil(200_000 / token.length))}`;
			expect(actionText(text).startsWith("Anruf")).toBe(true);
		}
	});
});

/** What actionText does after those steps, for lines whose only Tasks field is 📅. */
function finish(plain: string): string {
	return plain
		.replace(/📅\uFE0F?\s*(?:\d{4}-\d{2}-\d{2})?/gu, " ")
		.replace(/\s+/g, " ")
		.trim();
}
