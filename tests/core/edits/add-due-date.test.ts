import { describe, expect, it } from "vitest";
import { applyLineEdit } from "../../../src/core/edits/apply-line-edit";
import { addDueDate } from "../../../src/core/edits/add-due-date";
import { createDateExtractor } from "../../../src/core/dates/extract";

const DATE = "2026-11-24";

describe("adding a due date", () => {
	it.each([
		["- [ ] morgen Herrn Schulz anrufen", "- [ ] morgen Herrn Schulz anrufen 📅 2026-11-24"],
		// A plain bullet stays one: with the date it is an appointment, as written.
		["- morgen Herrn X anrufen", "- morgen Herrn X anrufen 📅 2026-11-24"],
		["- [ ] morgen anrufen ^abc-1", "- [ ] morgen anrufen 📅 2026-11-24 ^abc-1"],
		["-  [ ]\tmorgen anrufen\t ^blk ", "-  [ ]\tmorgen anrufen 📅 2026-11-24\t ^blk "],
		["- [ ] morgen anrufen   ", "- [ ] morgen anrufen 📅 2026-11-24   "],
		["> - [ ] morgen anrufen", "> - [ ] morgen anrufen 📅 2026-11-24"],
		[">  > * [ ] morgen anrufen", ">  > * [ ] morgen anrufen 📅 2026-11-24"],
		["> [!todo] Kunde", null],
		["1. morgen anrufen", "1. morgen anrufen 📅 2026-11-24"],
		["  12) [ ] morgen anrufen", "  12) [ ] morgen anrufen 📅 2026-11-24"],
		["\t- [ ] morgen #kunde anrufen #wichtig", "\t- [ ] morgen #kunde anrufen #wichtig 📅 2026-11-24"],
	])("%s", (line, expected) => expect(addDueDate(line, DATE)).toBe(expected));

	it("replaces a due date the line has, in any form Tasks reads, and only the first", () => {
		expect(addDueDate("- [ ] morgen anrufen 📅 2026-02-31", DATE)).toBe("- [ ] morgen anrufen 📅 2026-11-24");
		expect(addDueDate("- [ ] morgen 📆2026-11-30 anrufen ^id", DATE)).toBe("- [ ] morgen 📅 2026-11-24 anrufen ^id");
		expect(addDueDate("- [ ] morgen anrufen 🗓\uFE0F 2026-11-30", DATE)).toBe("- [ ] morgen anrufen 📅 2026-11-24");
	});

	it("goes after the fields Tasks writes before the due date and before the ones it writes after", () => {
		expect(addDueDate("- [ ] morgen anrufen ⏫ ➕ 2026-11-01 ⏳ 2026-11-20", DATE)).toBe("- [ ] morgen anrufen ⏫ ➕ 2026-11-01 ⏳ 2026-11-20 📅 2026-11-24");
		expect(addDueDate("- [x] morgen anrufen ✅ 2026-11-23 ^id", DATE)).toBe("- [x] morgen anrufen 📅 2026-11-24 ✅ 2026-11-23 ^id");
		expect(addDueDate("- [-] morgen anrufen  ❌ 2026-11-22 ✅ 2026-11-23", DATE)).toBe("- [-] morgen anrufen 📅 2026-11-24 ❌ 2026-11-22 ✅ 2026-11-23");
		// A done date inside the text is no trailing field.
		expect(addDueDate("- [ ] morgen (✅ 2026-11-20 war falsch) anrufen", DATE)).toBe("- [ ] morgen (✅ 2026-11-20 war falsch) anrufen 📅 2026-11-24");
		expect(addDueDate("- [ ] ✅ 2026-11-20", DATE)).toBe("- [ ] 📅 2026-11-24 ✅ 2026-11-20");
	});

	it("is no list item: null", () => {
		expect(addDueDate("morgen anrufen", DATE)).toBeNull();
		expect(addDueDate("## morgen", DATE)).toBeNull();
	});

	it("changes only that line of a CRLF note, with its ending and BOM", () => {
		const note = "\uFEFF---\r\ntyp: kunde\r\n---\r\n- [ ] morgen anrufen ^x\r\n- [ ] Muster zeigen\r\n";
		const result = applyLineEdit(note, { line: 4, raw: "- [ ] morgen anrufen ^x", twins: 1 }, (raw) => addDueDate(raw, DATE));
		expect(result).toMatchObject({ ok: true, text: note.replace("anrufen ^x", "anrufen 📅 2026-11-24 ^x"), next: "- [ ] morgen anrufen 📅 2026-11-24 ^x" });
	});

	it("the line reads as that day, whatever its words say", () => {
		const dates = createDateExtractor();
		const pinned = addDueDate("- [ ] morgen Herrn Schulz anrufen", DATE) as string;
		// Read a week later, the written date wins over the words.
		expect(dates.extract(pinned.slice(6), "2026-12-01")).toMatchObject({ date: DATE, relative: false });
	});
});
