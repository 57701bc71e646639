import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hoistWordPrefix, words } from "../../../src/core/text/words";

/** The test `words()` must give: the pattern as written, without prefilter or rewriting. */
const plain = (pattern: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern.replace(/\\w/g, "\\p{L}")})(?![\\p{L}\\p{N}])`, "u");

describe("words", () => {
	it("matches whole words with German letters", () => {
		expect(words("rueckruf\\w*").test("bitte um rueckrufs")).toBe(true);
		expect(words("warte").test("sternwarte")).toBe(false);
		expect(words("\\w*angebot\\w*").test("das hauptangebotsblatt")).toBe(true);
		expect(words("\\w*auftrag(?:s\\w*|es)?").test("der auftraggeber")).toBe(false);
		expect(words("\\w*auftrag(?:s\\w*|es)?").test("den folgeauftrag")).toBe(true);
	});
});

describe("words prefilter", () => {
	it("gives the regular expression's verdict on texts with and without the literals", () => {
		const pattern = "\\w*rueckruf\\w*|callbacks?|(?:try|tries)(?! out)";
		const texts = ["um rueckruf bitten", "rückruf", "kein treffer", "try out the machine", "try again", "callbacks", "callbackservice", "retry"];
		for (const text of texts) expect(words(pattern).test(text), text).toBe(plain(pattern).test(text));
	});
});

describe("hoistWordPrefix", () => {
	it("gathers the alternatives that start with \\w* into one group", () => {
		expect(hoistWordPrefix("\\w*leiter|gf|\\w*team|kunde")).toBe("\\w*(?:leiter|team)|gf|kunde");
	});

	it("leaves groups, classes, escapes and lone or lazy prefixes alone", () => {
		expect(hoistWordPrefix("\\w*leiter|gf")).toBe("\\w*leiter|gf");
		expect(hoistWordPrefix("(?:\\w*a|\\w*b)|c")).toBe("(?:\\w*a|\\w*b)|c");
		expect(hoistWordPrefix("[|]\\w*|\\w*?a|\\w*b")).toBe("[|]\\w*|\\w*?a|\\w*b");
		expect(hoistWordPrefix("\\|\\w*a|\\w*b|\\w*c")).toBe("\\w*(?:b|c)|\\|\\w*a");
	});

	it("finds no word start between the halves of a surrogate pair", () => {
		expect(words("\\w*(?:en)?").test("𝐀1")).toBe(false);
		expect(words("\\w*(?:en)?").test("1𝐀")).toBe(false);
		expect(words("\\w*(?:en)?").test("𝐀")).toBe(true);
	});

	it("never changes what a pattern matches (property)", () => {
		const piece = fc.constantFrom("leiter", "team", "chef", "s?", "(?:en)?", "\\w*", "(?:in|innen)", "er");
		const alternative = fc.tuple(fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 3 })).map(([lead, parts]) => (lead ? "\\w*" : "") + parts.join(""));
		const pattern = fc.array(alternative, { minLength: 1, maxLength: 6 }).map((alts) => alts.join("|"));
		const text = fc
			.array(fc.constantFrom("leiter", "team", "chef", "s", "en", "in", "innen", "er", "betriebs", "ü", " ", "-", "1", "𝐀", "😀"), { maxLength: 8 })
			.map((parts) => parts.join(""));
		fc.assert(fc.property(pattern, text, (p, t) => words(p).test(t) === plain(p).test(t)));
	});
});
