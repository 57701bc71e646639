import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { setDueDate } from "../../../src/core/edits/reschedule";

const TODAY = "2026-11-23";
const dates = createDateExtractor();
const move = (line: string, date: string) => setDueDate(line, date, dates, TODAY);
const read = (line: string) => dates.extract(line.replace(/^- \[ \] /, ""), TODAY, { openTask: true });

describe("rescheduling a phrase replaces it by the one new day", () => {
	it.each([
		["- [ ] Frau Gerens morgen anrufen", "morgen", "- [ ] Frau Gerens am 4. Dezember anrufen"],
		["- [ ] Morgen Frau Gerens anrufen", "Morgen", "- [ ] Am 4. Dezember Frau Gerens anrufen"],
		["- [ ] morgen Frau Gerens anrufen", "morgen", "- [ ] am 4. Dezember Frau Gerens anrufen"],
		["- [ ] KW 49: Angebot nachfassen", "KW", "- [ ] Am 4. Dezember: Angebot nachfassen"],
		["- [ ] Angebot bis morgen schicken", "morgen", "- [ ] Angebot bis 4. Dezember schicken"],
		["- [ ] Angebot bis spätestens morgen schicken", "morgen", "- [ ] Angebot bis spätestens 4. Dezember schicken"],
		["- [ ] Herrn Meier übermorgen anrufen", "übermorgen", "- [ ] Herrn Meier am 4. Dezember anrufen"],
		["- [ ] Herrn Meier heute anrufen ^k1", "heute", "- [ ] Herrn Meier am 4. Dezember anrufen ^k1"],
		["- [ ] Meier nächsten Dienstag anrufen", "Dienstag", "- [ ] Meier am 4. Dezember anrufen"],
		["- [ ] Meier am Dienstag anrufen", "Dienstag", "- [ ] Meier am 4. Dezember anrufen"],
		["- [ ] Meier Freitag in einer Woche anrufen", "Woche", "- [ ] Meier am 4. Dezember anrufen"],
		["- [ ] Angebot in 2 Wochen nachfassen", "Wochen", "- [ ] Angebot am 4. Dezember nachfassen"],
		["- [ ] Angebot in KW 49 nachfassen", "KW", "- [ ] Angebot am 4. Dezember nachfassen"],
		["- [ ] Bis KW 49 das Angebot schicken", "KW", "- [ ] Bis 4. Dezember das Angebot schicken"],
		["- [ ] Angebot nächste Woche nachfassen", "Woche", "- [ ] Angebot am 4. Dezember nachfassen"],
		["- [ ] Termin für die nächste Woche mit Fr. Schmitt vereinbaren", "Woche", "- [ ] Termin am 4. Dezember mit Fr. Schmitt vereinbaren"],
		["- [ ] Schedule a call for next week", "week", "- [ ] Schedule a call on December 4"],
		["- [ ] Angebot bis Ende des Monats senden", "Monats", "- [ ] Angebot bis 4. Dezember senden"],
		["- [ ] Angebot zum Monatsende senden", "Monatsende", "- [ ] Angebot am 4. Dezember senden"],
		["- [ ] Angebot im Dezember senden", "im Dezember", "- [ ] Angebot am 4. Dezember senden"],
		["- [ ] Angebot Anfang Dezember senden", "Anfang", "- [ ] Angebot am 4. Dezember senden"],
		["- [ ] Messe 10.–12.12. vorbereiten", "10.", "- [ ] Messe am 4.12. vorbereiten"],
		["- [ ] Messe vom 10. bis 12.12.2026 vorbereiten", "12.12.", "- [ ] Messe am 4.12.2026 vorbereiten"],
		["- [ ] Angebot senden [fällig:: morgen] ^x", "morgen", "- [ ] Angebot senden [fällig:: 2026-12-04] ^x"],
		["- [ ] Angebot senden (due:: in KW 49) an Meier", "KW", "- [ ] Angebot senden (due:: 2026-12-04) an Meier"],
		["- [ ] Call Mrs Gerens next Tuesday", "Tuesday", "- [ ] Call Mrs Gerens on December 4"],
		["- [ ] Call Mrs Gerens tomorrow", "tomorrow", "- [ ] Call Mrs Gerens on December 4"],
		["- [ ] Tomorrow: call Mrs Gerens", "Tomorrow", "- [ ] On December 4: call Mrs Gerens"],
		["- [ ] Send the offer by tomorrow", "tomorrow", "- [ ] Send the offer by December 4"],
		["- [ ] Send the offer by the end of the month", "month", "- [ ] Send the offer by December 4"],
		["- [ ] Follow up with [[Meier]] next week", "week", "- [ ] Follow up with [[Meier]] on December 4"],
		["- [ ] Follow up in 2 weeks", "weeks", "- [ ] Follow up on December 4"],
		["- [ ] Send the offer in December", "in December", "- [ ] Send the offer on December 4"],
		["- [ ] Call Mr Smith on Tuesday", "Tuesday", "- [ ] Call Mr Smith on December 4"],
	])("%s", (line, old, expected) => {
		const moved = move(line, "2026-12-04") as string;
		expect(moved).toBe(expected);
		expect(moved).not.toContain(old);
		expect(moved).not.toContain("📅");
		expect(read(moved)).toMatchObject({ date: "2026-12-04", dateEnd: null, relative: false });
	});

	it("writes the year only where the day without it would read as another", () => {
		expect(move("- [ ] Frau Gerens morgen anrufen", "2027-12-04")).toBe("- [ ] Frau Gerens am 4. Dezember 2027 anrufen");
		expect(move("- [ ] Call Mrs Gerens tomorrow", "2027-12-04")).toBe("- [ ] Call Mrs Gerens on December 4, 2027");
		expect(move("- [ ] Messe 10.–12.12. vorbereiten", "2027-12-04")).toBe("- [ ] Messe am 4.12.2027 vorbereiten");
		expect(move("- [ ] Budget Q1 2027 klären", "2027-01-15")).toBe("- [ ] Budget am 15. Januar klären");
	});

	it("a moved period is due on the new day only, not over its old length", () => {
		for (const line of [
			"- [ ] Angebot in KW 49 nachfassen",
			"- [ ] Messe 10.–12.12. vorbereiten",
			"- [ ] Angebot im Dezember senden",
			"- [ ] Budget Q1 2027 klären",
		]) {
			expect(read(move(line, "2026-12-20") as string)).toMatchObject({ date: "2026-12-20", dateEnd: null });
		}
	});
});
