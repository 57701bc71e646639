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
