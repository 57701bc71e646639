import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeActivityText, escapeText, linkDisplay, noteLinkMarkdown, oneLine } from "../../../src/core/markdown/escape";

describe("escaping values for Markdown", () => {
	it("keeps a value on one line: line breaks, U+2028/2029, CR and tabs become one space", () => {
		expect(oneLine("a\nb\r\nc\u2028d\u2029e\rf\tg\u0085h")).toBe("a b c d e f g h");
	});

	it("shows text as written: no link, embed, HTML, code, comment, tag or list of its own", () => {
		expect(escapeText("Evil]] ![[secret]] [[x")).toBe("Evil\\]\\] !\\[\\[secret\\]\\] \\[\\[x");
		expect(escapeText('<img src=x onerror="alert(1)"> <script>x</script>')).toBe('&lt;img src=x onerror="alert(1)"&gt; &lt;script&gt;x&lt;/script&gt;');
		expect(escapeText("[klick](javascript:alert(1))")).toBe("\\[klick\\](javascript:alert(1))");
		expect(escapeText("```kundenreview ~~~ `x` ~20")).toBe("\\`\\`\\`kundenreview \\~\\~~ \\`x\\` ~20");
		expect(escapeText("%% kundendossier-review:end %%")).toBe("&#37;% kundendossier-review:end &#37;%");
		expect(escapeText("20 % Rabatt, #tag ^block *fett* a|b $x$ ==h== a=b \\")).toBe("20 % Rabatt, \\#tag \\^block \\*fett\\* a\\|b \\$x\\$ \\==h\\== a=b \\\\");
		expect(escapeText("- [ ] Phantom")).toBe("\\- \\[ \\] Phantom");
		expect(escapeText("1. Punkt")).toBe("1\\. Punkt");
		expect(escapeText("Müller & Söhne GmbH (Aalen)")).toBe("Müller & Söhne GmbH (Aalen)");
	});

	it("keeps an activity's own wikilinks as links, but no embed and nothing malformed", () => {
		expect(escapeActivityText("[[Porens Bau|Herrn Stock]] anrufen, siehe [[Notiz#Teil]]")).toBe("[[Porens Bau|Herrn Stock]] anrufen, siehe [[Notiz#Teil]]");
		expect(escapeActivityText("![[secret]] und [[x")).toBe("!\\[\\[secret\\]\\] und \\[\\[x");
		expect(escapeActivityText("[[a|<b>]] `c` [d](javascript:e)")).toBe("[[a|＜b＞]] \\`c\\` \\[d\\](javascript:e)");
		expect(escapeActivityText("[[a%%b]] x")).toBe("\\[\\[a&#37;%b\\]\\] x");
	});

	it("makes a display name harmless inside a link's alias", () => {
		expect(linkDisplay("Evil]] ![[secret]] [[x|y#z^w")).toBe("Evil］］ !［［secret］］ ［［x｜y＃z＾w");
		expect(noteLinkMarkdown("Kunden/Evil", "Evil]] ![[secret]] [[x", "Kunden/Evil.md")).toBe("[[Kunden/Evil|Evil］］ !［［secret］］ ［［x]]");
	});

	it("links a path that a wikilink cannot carry as a Markdown link to the same file", () => {
		expect(noteLinkMarkdown("Evil]] [[x", null, "Kunden/Evil]] [[x.md")).toBe("[Evil］］ ［［x](Kunden/Evil%5D%5D%20%5B%5Bx.md)");
		expect(noteLinkMarkdown("a#b", "A (1)", "K/a#b.md")).toBe("[A (1)](K/a%23b.md)");
	});
});

describe("escaping (property)", () => {
	const hostile = fc.string({
		unit: fc.constantFrom(
			"a",
			" ",
			"\n",
			"\r",
			"\t",
			"\u2028",
			"\u2029",
			"\u0085",
			"[",
			"]",
			"!",
			"|",
			"#",
			"^",
			"<",
			">",
			"`",
			"~",
			"%",
			"=",
			"\\",
			"-",
			"1",
			".",
		),
		maxLength: 30,
	});

	it("leaves one line without HTML, comment, fence, embed or an unescaped bracket", () => {
		fc.assert(
			fc.property(hostile, (value) => {
				for (const out of [escapeText(value), escapeActivityText(value)]) {
					expect(out).not.toMatch(/[\n\r\u2028\u2029\u0085\t<]/);
					// What is left once every backslash escape is blanked out opens no syntax.
					expect(out.replace(/\\./g, "·")).not.toMatch(/%%|`|~~|!\[\[/);
				}
				expect(escapeText(value).replace(/\\./g, "·")).not.toMatch(/[[\]]/);
				expect(linkDisplay(value)).not.toMatch(/[[\]|\n\r<`%]/);
			}),
			{ numRuns: 300 },
		);
	});
});
