import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { addContactToCustomer, addContactToDaily, customerContactLine, dailyContactLine, readTime } from "../../../src/core/edits/log-contact";

const dates = createDateExtractor();
const TODAY = "2026-11-23";

describe("a logged contact's line", () => {
	it("in the daily note: time, link, kind and note; dated by the note", () => {
		expect(dailyContactLine({ kind: "Telefonat", note: "Angebot besprochen", time: "10:15" }, "[[Müller GmbH]]", TODAY, dates)).toBe(
			"- 10:15 [[Müller GmbH]] Telefonat: Angebot besprochen",
		);
		expect(dailyContactLine({ kind: "Besuch", note: "  ", time: null }, "[[Müller GmbH]]", TODAY, dates)).toBe("- [[Müller GmbH]] Besuch");
	});

	it("in the daily note: writes today's date when the note names another day, so it stays today's contact", () => {
		expect(dailyContactLine({ kind: "Telefonat", note: "Termin am 3.12. vereinbart", time: null }, "[[Müller GmbH]]", TODAY, dates)).toBe(
			"- 2026-11-23 [[Müller GmbH]] Telefonat: Termin am 3.12. vereinbart",
		);
	});

	it("in the customer note: no link, but the date; a note stays one line", () => {
		expect(customerContactLine({ kind: "Telefonat", note: "Angebot\nbesprochen", time: "10:15" }, TODAY)).toBe(
			"- 2026-11-23 10:15 Telefonat: Angebot besprochen",
		);
		expect(customerContactLine({ kind: "Mail", note: "", time: null }, TODAY)).toBe("- 2026-11-23 Mail");
	});

	it("reads a time as typed, and no time from anything else", () => {
		expect(["", "9:05", "09.05", "0905", "23:59", "24:00", "10 Uhr", "x"].map(readTime)).toEqual([
			null,
			"09:05",
			"09:05",
			"09:05",
			"23:59",
			undefined,
			undefined,
			undefined,
		]);
	});
});

describe("where a logged contact goes", () => {
	const line = "- 10:15 [[Müller GmbH]] Telefonat: ok";

	it("daily note: at the end, or under its Kontakte heading; each line ending kept", () => {
		expect(addContactToDaily("# Montag\r\n- 09:00 erledigt\r\n", line)).toBe(`# Montag\r\n- 09:00 erledigt\r\n${line}\r\n`);
		expect(addContactToDaily("# Montag\nText", line)).toBe(`# Montag\nText\n${line}\n`);
		expect(addContactToDaily("", line)).toBe(`${line}\n`);
		const note = "# Montag\n## Kontakte\n- 09:00 [[A]] Mail\n\n## Notizen\nText\n";
		expect(addContactToDaily(note, line)).toBe(note.replace("Mail\n", `Mail\n${line}\n`));
	});

	it("daily note: refuses an end inside code and never takes a heading in code for Kontakte", () => {
		expect(addContactToDaily("# T\n```\ncode\n", line)).toBeNull();
		expect(addContactToDaily("```\n## Kontakte\n```\n", line)).toBe(`\`\`\`\n## Kontakte\n\`\`\`\n${line}\n`);
	});

	it("customer note: under Verlauf before Aktivitäten, else a new Verlauf section", () => {
		const own = "- 2026-11-23 Besuch";
		const both = "---\ntyp: kunde\n---\n## Aktivitäten\n- [ ] a\n## Verlauf\n- 2026-11-02 Mail\n";
		expect(addContactToCustomer(both, own)).toBe(`${both}${own}\n`);
		expect(addContactToCustomer("## Activities\n- [ ] a\n\nText\n", own)).toBe(`## Activities\n- [ ] a\n${own}\n\nText\n`);
		expect(addContactToCustomer("---\ntyp: kunde\n---\n# K\n", own, "History")).toBe(`---\ntyp: kunde\n---\n# K\n\n## History\n\n${own}\n`);
	});
});
