import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nfc } from "../../../src/core/text/nfc";

describe("nfc", () => {
	it("composes a base letter and its combining mark", () => {
		expect(nfc("Ru\u0308ckruf")).toBe("Rückruf");
		expect(nfc("Rückruf")).toBe("Rückruf");
	});

	it("is String.normalize('NFC') for any text (property)", () => {
		const text = fc.oneof(
			fc.string({ unit: "binary" }),
			fc.array(fc.constantFrom("a", "u", "ü", "ß", "\u0308", "\u0301", "\u212b", "\u1100", "\u1161", "📅")).map((parts) => parts.join("")),
		);
		fc.assert(fc.property(text, (s) => nfc(s) === s.normalize("NFC")));
	});
});
