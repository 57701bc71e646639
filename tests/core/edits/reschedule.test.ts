import { describe, expect, it } from "vitest";
import { setDueDate } from "../../../src/core/edits/reschedule";

describe("rescheduling", () => {
	it.each([
		["- [ ] Anruf 📅 2026-11-25", "- [ ] Anruf 📅 2026-11-26"],
		["- [ ] Anruf am 3.12.", "- [ ] Anruf am 3.12. 📅 2026-11-26"],
		["- [ ] Anruf ^blk", "- [ ] Anruf 📅 2026-11-26 ^blk"],
		["-  [ ]  Anruf\t ^blk ", "-  [ ]  Anruf 📅 2026-11-26\t ^blk "],
	])("reschedule %s", (line, expected) => expect(setDueDate(line, "2026-11-26")).toBe(expected));
});
