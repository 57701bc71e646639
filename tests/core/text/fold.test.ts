import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, slug } from "../../../src/core/text/fold";

describe("fold", () => {
	it("spells umlauts out, also when pasted as base letter plus combining mark", () => {
		expect(fold("Rückruf")).toBe("rueckruf");
		expect(fold("Ru\u0308ckruf")).toBe("rueckruf");
		expect(fold("GROẞ Straße")).toBe("gross strasse");
		expect(slug("Intime Phase")).toBe(slug("intime-phase"));
	});

	it("is idempotent for any text (property)", () => {
		fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => fold(fold(s)) === fold(s)));
		expect(fold(fold("™ ℃"))).toBe(fold("™ ℃"));
	});
});
