import { describe, expect, it } from "vitest";
import { toggleDone } from "../../../src/core/edits/toggle-done";

const TODAY = "2026-11-23";

describe("toggling done", () => {
	it.each([
		["- [ ] Angebot senden 📅 2026-11-25", "- [x] Angebot senden 📅 2026-11-25 ✅ 2026-11-23"],
		["- [x] Angebot senden ✅ 2026-11-20", "- [ ] Angebot senden"],
		["- [X] Angebot senden ✅ 2026-11-20 ^abc1", "- [ ] Angebot senden ^abc1"],
		["  * Herrn Kaiser anrufen", "  * [x] Herrn Kaiser anrufen ✅ 2026-11-23"],
		["> - [ ] im Callout", "> - [x] im Callout ✅ 2026-11-23"],
		["1. [ ] nummeriert ^id-2", "1. [x] nummeriert ✅ 2026-11-23 ^id-2"],
	])("toggle %s", (line, expected) => expect(toggleDone(line, TODAY)).toBe(expected));

	it("toggles back to exactly the line before", () => {
		const line = "- [ ] Frau Gerens anrufen 📅 2026-11-25";
		expect(toggleDone(toggleDone(line, TODAY) as string, TODAY)).toBe(line);
	});

	it("changes only the checkbox and the date: spacing, tabs and trailing blanks stay", () => {
		expect(toggleDone(">  >\t-   [ ]\tAnruf  bei Meier \t^b-1  ", TODAY)).toBe(">  >\t-   [x]\tAnruf  bei Meier ✅ 2026-11-23 \t^b-1  ");
		for (const line of ["-  [ ]  Anruf   ", "\t- [ ] Anruf\t", "- [ ] Anruf ^x ", "+ [ ] a ^ b"])
			expect(toggleDone(toggleDone(line, TODAY) as string, TODAY)).toBe(line);
	});

	it("reads a long line in one pass", () => {
		const line = `- [x] a${" ".repeat(200_000)}b ✅ 2026-11-20${" ".repeat(200_000)}`;
		expect(toggleDone(line, TODAY)).toBe(`- [ ] a${" ".repeat(200_000)}b${" ".repeat(200_000)}`);
	});
});
