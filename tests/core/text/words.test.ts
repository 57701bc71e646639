import { describe, expect, it } from "vitest";
import { words } from "../../../src/core/text/words";

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
		const plain = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern.replace(/\\w/g, "\\p{L}")})(?![\\p{L}\\p{N}])`, "u");
		const texts = ["um rueckruf bitten", "rückruf", "kein treffer", "try out the machine", "try again", "callbacks", "callbackservice", "retry"];
		for (const text of texts) expect(words(pattern).test(text), text).toBe(plain.test(text));
	});
});
