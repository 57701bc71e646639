import { describe, expect, it } from "vitest";
import { applyLineEdit } from "../../../src/core/edits/apply-line-edit";
import { pinDate } from "../../../src/core/edits/pin-date";
import { createDateExtractor } from "../../../src/core/dates/extract";

const DATE = "2026-11-24";

describe("pinning a floating date", () => {
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
	])("%s", (line, expected) => expect(pinDate(line, DATE)).toBe(expected));

	it("replaces a due date the line has, in any form Tasks reads, and only the first", () => {
		expect(pinDate("- [ ] morgen anrufen 📅 2026-02-31", DATE)).toBe("- [ ] morgen anrufen 📅 2026-11-24");
		expect(pinDate("- [ ] morgen 📆2026-11-30 anrufen ^id", DATE)).toBe("- [ ] morgen 📅 2026-11-24 anrufen ^id");
		expect(pinDate("- [ ] morgen anrufen 🗓\uFE0F 2026-11-30", DATE)).toBe("- [ ] morgen anrufen 📅 2026-11-24");
	});

	it("goes after the fields Tasks writes before the due date and before the ones it writes after", () => {
		expect(pinDate("- [ ] morgen anrufen ⏫ ➕ 2026-11-01 ⏳ 2026-11-20", DATE)).toBe("- [ ] morgen anrufen ⏫ ➕ 2026-11-01 ⏳ 2026-11-20 📅 2026-11-24");
		expect(pinDate("- [x] morgen anrufen ✅ 2026-11-23 ^id", DATE)).toBe("- [x] morgen anrufen 📅 2026-11-24 ✅ 2026-11-23 ^id");
		expect(pinDate("- [-] morgen anrufen  ❌ 2026-11-22 ✅ 2026-11-23", DATE)).toBe("- [-] morgen anrufen 📅 2026-11-24 ❌ 2026-11-22 ✅ 2026-11-23");
		// A done date inside the text is no trailing field.
		expect(pinDate("- [ ] morgen (✅ 2026-11-20 war falsch) anrufen", DATE)).toBe("- [ ] morgen (✅ 2026-11-20 war falsch) anrufen 📅 2026-11-24");
		expect(pinDate("- [ ] ✅ 2026-11-20", DATE)).toBe("- [ ] 📅 2026-11-24 ✅ 2026-11-20");
	});

	it("is no list item: null", () => {
		expect(pinDate("morgen anrufen", DATE)).toBeNull();
		expect(pinDate("## morgen", DATE)).toBeNull();
	});

	it("changes only that line of a CRLF note, with its ending and BOM", () => {
		const note = "\uFEFF---\r\ntyp: kunde\r\n---\r\n- [ ] morgen anrufen ^x\r\n- [ ] Muster zeigen\r\n";
		const result = applyLineEdit(note, { line: 4, raw: "- [ ] morgen anrufen ^x", twins: 1 }, (raw) => pinDate(raw, DATE));
		expect(result).toMatchObject({ ok: true, text: note.replace("anrufen ^x", "anrufen 📅 2026-11-24 ^x"), next: "- [ ] morgen anrufen 📅 2026-11-24 ^x" });
	});

	it("the pinned line reads as that day, no longer floating", () => {
		const dates = createDateExtractor();
		const pinned = pinDate("- [ ] morgen Herrn Schulz anrufen", DATE) as string;
		// Read a week later, the written date wins over the words.
		expect(dates.extract(pinned.slice(6), "2026-12-01")).toMatchObject({ date: DATE, relative: false });
	});
});
