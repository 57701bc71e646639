import { describe, expect, it } from "vitest";
import { applyLineEdit } from "../../../src/core/edits/apply-line-edit";
import { toggleDone } from "../../../src/core/edits/toggle-done";

const toggle = (raw: string) => toggleDone(raw, "2026-11-23");
const line = "- [ ] Frau Gerens anrufen";
const done = "- [x] Frau Gerens anrufen ✅ 2026-11-23";
const at = (n: number, twins = 1) => ({ line: n, raw: line, twins });

describe("writing one line of a note", () => {
	it("changes exactly one line and keeps BOM, CRLF and trailing spaces elsewhere", () => {
		const text = `\uFEFF---\r\ntyp: kunde\r\n---\r\nProsa mit Leerzeichen   \r\n${line}\r\n- [ ] anderes\n`;
		const result = applyLineEdit(text, at(5), toggle);
		expect(result).toEqual({ ok: true, line: 5, next: done, text: text.replace(line, done) });
	});

	it("keeps each line's own ending in a note with mixed CRLF and LF, also for the last line", () => {
		const text = `# K\r\n${line}\n- [ ] b\r\n${line.replace("Frau", "Herrn")}`;
		expect(applyLineEdit(text, at(2), toggle)).toMatchObject({ ok: true, text: `# K\r\n${done}\n- [ ] b\r\n${line.replace("Frau", "Herrn")}` });
		expect(applyLineEdit(text, { line: 4, raw: line.replace("Frau", "Herrn"), twins: 1 }, toggle)).toMatchObject({
			ok: true,
			text: `# K\r\n${line}\n- [ ] b\r\n${done.replace("Frau", "Herrn")}`,
		});
	});

	it("follows a line that moved", () => {
		const result = applyLineEdit(`# neu\n# auch neu\n${line}\n`, at(1), toggle);
		expect(result).toMatchObject({ ok: true, line: 3 });
	});

	it("refuses a line that was edited or deleted", () => {
		expect(applyLineEdit("- [ ] Frau Gerens morgen anrufen\n", at(1), toggle)).toEqual({ ok: false, reason: "changed" });
		expect(applyLineEdit("", at(1), toggle)).toEqual({ ok: false, reason: "changed" });
	});

	it("edits the line in place when two identical lines exist, and refuses when the place no longer fits", () => {
		const twice = `${line}\n${line}\n`;
		expect(applyLineEdit(twice, at(2, 2), toggle)).toEqual({ ok: true, line: 2, next: done, text: `${line}\n${done}\n` });
		expect(applyLineEdit(`# oben\n${line}\n${line}\n`, at(1, 2), toggle)).toEqual({ ok: false, reason: "ambiguous" });
	});

	it("never edits the twin of a deleted line", () => {
		// Indexed as two twins; the first was deleted since.
		expect(applyLineEdit(`${line}\n`, at(1, 2), toggle)).toEqual({ ok: false, reason: "changed" });
		expect(applyLineEdit(`- [ ] b\n${line}\n`, at(1, 2), toggle)).toEqual({ ok: false, reason: "changed" });
		// Indexed alone; now it stands twice.
		expect(applyLineEdit(`${line}\n${line}\n`, at(1), toggle)).toEqual({ ok: false, reason: "ambiguous" });
	});

	it("counts only list items outside frontmatter and code, as the index does", () => {
		const fenced = "```\n" + line + "\n```\n";
		expect(applyLineEdit(`# K\n${fenced}`, at(1), toggle)).toEqual({ ok: false, reason: "changed" });
		expect(applyLineEdit(`${fenced}${line}\n`, at(1), toggle)).toMatchObject({ ok: true, line: 4 });
	});

	it("refuses an edit that does not give one line", () => {
		expect(applyLineEdit(`${line}\n`, at(1), () => "a\nb")).toEqual({ ok: false, reason: "not-an-item" });
	});

	it("puts several lines in place of one, each with the note's ending there, every other byte kept", () => {
		const two = () => ["- [ ] neu", done];
		const crlf = `\uFEFF# K\r\n${line}\r\n- [ ] b  \n`;
		expect(applyLineEdit(crlf, at(2), two)).toEqual({
			ok: true,
			line: 2,
			next: `- [ ] neu\r\n${done}`,
			text: `\uFEFF# K\r\n- [ ] neu\r\n${done}\r\n- [ ] b  \n`,
		});
		// The last line has no ending of its own: the added one takes the one above, and the end stays open.
		expect(applyLineEdit(`# K\r\n${line}`, at(2), two)).toMatchObject({ ok: true, text: `# K\r\n- [ ] neu\r\n${done}` });
		expect(applyLineEdit(line, at(1), two)).toMatchObject({ ok: true, text: `- [ ] neu\n${done}` });
	});

	it("refuses an edit that gives no line or a line with a break in it", () => {
		expect(applyLineEdit(`${line}\n`, at(1), () => [])).toEqual({ ok: false, reason: "not-an-item" });
		expect(applyLineEdit(`${line}\n`, at(1), () => ["a", "b\nc"])).toEqual({ ok: false, reason: "not-an-item" });
	});
});
