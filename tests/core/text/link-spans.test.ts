import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownSpans, titledSpans, wikiSpans } from "../../../src/core/text/link-spans";

// The regexes the loops replace: each loop must find exactly their matches.
const WIKI = /!?\[\[([^\]]*)\]\]/g;
const MARKDOWN = /!?\[([^\]]*)\]\(([^)]*)\)/g;
const TITLED = /!?\[([^\]]*)\]\(\s*(<[^>]+>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g;

const pieces = ["[", "]", "[[", "]]", "(", ")", "!", "<", ">", '"', " ", "\t", "a", "b#c", "|", "^", "\u00a0", "\u2028", "x.md"];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(""));
const spansOf = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, groups: m.slice(1) }));

describe("link spans", () => {
	it("find what their regexes find (property)", () => {
		fc.assert(
			fc.property(line, (text) => {
				expect(wikiSpans(text).map((s) => ({ start: s.start, end: s.end, groups: [s.inner] }))).toEqual(spansOf(WIKI, text));
				expect(markdownSpans(text).map((s) => ({ start: s.start, end: s.end, groups: [s.label, s.target] }))).toEqual(spansOf(MARKDOWN, text));
				expect(titledSpans(text).map((s) => ({ start: s.start, end: s.end, groups: [s.label, s.target] }))).toEqual(spansOf(TITLED, text));
			}),
			{ numRuns: 300 },
		);
	});

	it("read lines of 200 KB that never close what they open", () => {
		for (const token of ["[", "[[", "[a](", "[[x|", "[a](<", '[a](b "', "[a](b", "](", "[a](b  "]) {
			const text = token.repeat(Math.ceil(200_000 / token.length));
			expect(wikiSpans(text).length + markdownSpans(text).length + titledSpans(text).length).toBeGreaterThanOrEqual(0);
		}
	});
});
