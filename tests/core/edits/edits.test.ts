import { describe, expect, it } from "vitest";
import { applyLineEdit } from "../../../src/core/edits/apply-line-edit";
import { setDueDate } from "../../../src/core/edits/reschedule";
import { rewriteText } from "../../../src/core/edits/rewrite-text";
import { toggleDone } from "../../../src/core/edits/toggle-done";

const TODAY = "2026-11-23";

describe("line edits", () => {
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

	it.each([
		["- [ ] Anruf 📅 2026-11-25", "- [ ] Anruf 📅 2026-11-26"],
		["- [ ] Anruf am 3.12.", "- [ ] Anruf am 3.12. 📅 2026-11-26"],
		["- [ ] Anruf ^blk", "- [ ] Anruf 📅 2026-11-26 ^blk"],
	])("reschedule %s", (line, expected) => expect(setDueDate(line, "2026-11-26")).toBe(expected));

	it("rewrites the text and keeps the prefix", () => {
		expect(rewriteText("> - [ ] Um Rückruf bitten ^x", "Herrn Meier anrufen 📅 2026-11-25")).toBe("> - [ ] Herrn Meier anrufen 📅 2026-11-25 ^x");
		expect(rewriteText("Prosa", "x")).toBeNull();
	});
});

describe("writing one line of a note", () => {
	const toggle = (raw: string) => toggleDone(raw, TODAY);
	const line = "- [ ] Frau Gerens anrufen";

	it("changes exactly one line and keeps BOM, CRLF and trailing spaces elsewhere", () => {
		const text = `\uFEFF---\r\ntyp: kunde\r\n---\r\nProsa mit Leerzeichen   \r\n${line}\r\n- [ ] anderes\n`;
		const result = applyLineEdit(text, 5, line, toggle);
		expect(result).toEqual({ ok: true, line: 5, text: text.replace(line, "- [x] Frau Gerens anrufen ✅ 2026-11-23") });
	});

	it("follows a line that moved", () => {
		const result = applyLineEdit(`# neu\n# auch neu\n${line}\n`, 1, line, toggle);
		expect(result).toMatchObject({ ok: true, line: 3 });
	});

	it("refuses a line that was edited or deleted", () => {
		expect(applyLineEdit("- [ ] Frau Gerens morgen anrufen\n", 1, line, toggle)).toEqual({ ok: false, reason: "changed" });
		expect(applyLineEdit("", 1, line, toggle)).toEqual({ ok: false, reason: "changed" });
	});

	it("edits the line in place when two identical lines exist, and refuses when the place no longer fits", () => {
		const twice = `${line}\n${line}\n`;
		expect(applyLineEdit(twice, 2, line, toggle)).toEqual({ ok: true, line: 2, text: `${line}\n- [x] Frau Gerens anrufen ✅ 2026-11-23\n` });
		expect(applyLineEdit(`# oben\n${line}\n${line}\n`, 1, line, toggle)).toEqual({ ok: false, reason: "ambiguous" });
	});
});
