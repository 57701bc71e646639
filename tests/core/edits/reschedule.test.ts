import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { setDueDate } from "../../../src/core/edits/reschedule";

const TODAY = "2026-11-23";
const dates = createDateExtractor();
const move = (line: string, date: string) => setDueDate(line, date, dates, TODAY);
const readBack = (line: string) => dates.extract(line.replace(/^- \[ \] /, ""), TODAY, { openTask: true }).date;

describe("rescheduling", () => {
	it.each([
		["- [ ] Anruf 📅 2026-11-25", "- [ ] Anruf 📅 2026-11-26"],
		["- [ ] Anruf ^blk", "- [ ] Anruf 📅 2026-11-26 ^blk"],
		["-  [ ]  Anruf\t ^blk ", "-  [ ]  Anruf 📅 2026-11-26\t ^blk "],
	])("reschedule %s", (line, expected) => expect(move(line, "2026-11-26")).toBe(expected));

	it.each([
		["- [ ] Am 23. November Frau Gerens anrufen", "2026-11-24", "- [ ] Am 24. November Frau Gerens anrufen"],
		["- [ ] Frau Gerens am 23. Nov. anrufen ^b1", "2026-12-01", "- [ ] Frau Gerens am 1. Dez. anrufen ^b1"],
		["- [ ] Angebot senden [fällig:: 2026-12-15]", "2026-12-16", "- [ ] Angebot senden [fällig:: 2026-12-16]"],
		["- [ ] Angebot senden (due:: 3.12.) an Meier", "2026-12-04", "- [ ] Angebot senden (due:: 4.12.) an Meier"],
		["- [ ] Anruf am 3.12.", "2026-12-04", "- [ ] Anruf am 4.12."],
		["- [ ] Anruf am 3.12 bei Meier", "2026-12-04", "- [ ] Anruf am 4.12 bei Meier"],
		["- [ ] Anruf am 03.12.2026 bei Meier", "2027-01-05", "- [ ] Anruf am 05.01.2027 bei Meier"],
		["- [ ] Anruf am 3.12.26", "2026-12-10", "- [ ] Anruf am 10.12.26"],
		["- [ ] Anruf am 30.12.", "2027-01-06", "- [ ] Anruf am 6.1."],
		["- [ ] Anruf 2026-12-03 bei Meier ✅ 2026-11-20", "2026-12-04", "- [ ] Anruf 2026-12-04 bei Meier ✅ 2026-11-20"],
		["- [ ] Call Mrs Gerens on 23 November", "2026-11-24", "- [ ] Call Mrs Gerens on 24 November"],
		["- [ ] Call Mrs Gerens on November 23, 2026", "2026-12-02", "- [ ] Call Mrs Gerens on December 2, 2026"],
		["- [ ] Call on Nov 23rd about `v1.2.` [[Meier]]", "2026-11-30", "- [ ] Call on Nov 30th about `v1.2.` [[Meier]]"],
		["- [ ] Angebot vom 20.11. nachfassen bis 3.12.", "2026-12-05", "- [ ] Angebot vom 20.11. nachfassen bis 5.12."],
	])("rewrites %s where the date is written", (line, date, expected) => {
		const moved = move(line, date);
		expect(moved).toBe(expected);
		expect(moved).not.toContain("📅");
		expect(readBack(moved as string)).toBe(date);
	});

	it("writes the year of a day the line's year-less form would read as another", () => {
		expect(move("- [ ] Anruf am 3.12. bei Meier", "2027-09-24")).toBe("- [ ] Anruf am 24.9.2027 bei Meier");
		expect(move("- [ ] Am 23. November Frau Gerens anrufen", "2026-09-01")).toBe("- [ ] Am 1. September 2026 Frau Gerens anrufen");
		expect(move("- [ ] Call on Nov 23rd", "2027-11-30")).toBe("- [ ] Call on Nov 30th, 2027");
	});

	it("adds a 📅 beside a scheduled date: that is another field, not the due date", () => {
		const moved = move("- [ ] Anruf ⏳ 2026-11-25", "2026-12-04");
		expect(moved).toBe("- [ ] Anruf ⏳ 2026-11-25 📅 2026-12-04");
		expect(readBack(moved as string)).toBe("2026-12-04");
	});

	it("refuses a line that is no list item", () => expect(move("Prosa am 3.12.", "2026-12-04")).toBeNull());
});
