import { describe, expect, it } from "vitest";
import { rewriteText } from "../../../src/core/edits/rewrite-text";

describe("rewriting an item's text", () => {
	it("rewrites the text and keeps the prefix", () => {
		expect(rewriteText("> - [ ] Um Rückruf bitten ^x", "Herrn Meier anrufen 📅 2026-11-25")).toBe("> - [ ] Herrn Meier anrufen 📅 2026-11-25 ^x");
		expect(rewriteText("Prosa", "x")).toBeNull();
	});

	it("keeps the line's block id once, at the end, when the new text repeats it", () => {
		expect(rewriteText("- [ ] Nachfassen ^abc123", "Nachfassen ^abc123 📅 2026-12-02")).toBe("- [ ] Nachfassen 📅 2026-12-02 ^abc123");
		expect(rewriteText("- [ ] Nachfassen ^abc123", "Herrn Meier anrufen ^abc123")).toBe("- [ ] Herrn Meier anrufen ^abc123");
	});

	it("makes the new text one line", () => {
		expect(rewriteText("- [ ] a", "Herrn Meier\r\nanrufen\rheute\u2028noch")).toBe("- [ ] Herrn Meier anrufen heute noch");
		expect(rewriteText("- [ ] a ^id", "^id")).toBeNull();
	});
});
