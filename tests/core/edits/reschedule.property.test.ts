import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { addDays } from "../../../src/core/dates/day";
import { setDueDate } from "../../../src/core/edits/reschedule";

const TODAY = "2026-11-23";
const dates = createDateExtractor();

// Lines as salespeople write them, `@` where the date goes, with the date forms the reader knows.
const LINES = [
	"- [ ] Frau Gerens @ anrufen",
	"- [ ] @ Angebot an [[Müller GmbH]] schicken ^a1",
	"- [ ] Angebot bis @ senden",
	"- [ ] Call Mrs Gerens @",
	"- [ ] Send the offer by @",
	"- [ ] Termin [fällig:: @] vorbereiten",
];
const FORMS = [
	"morgen",
	"übermorgen",
	"heute",
	"nächsten Dienstag",
	"am Freitag",
	"Freitag in einer Woche",
	"in 2 Wochen",
	"in 3 Tagen",
	"KW 49",
	"in KW 2",
	"nächste Woche",
	"Ende des Monats",
	"Monatsende",
	"im Dezember",
	"Anfang Januar",
	"Mitte Dezember",
	"Q1 2027",
	"10.–12.12.",
	"3.12.",
	"am 03.12.2026",
	"23. November",
	"2026-12-03",
	"tomorrow",
	"next Tuesday",
	"next week",
	"in 2 weeks",
	"the end of the month",
	"in December",
	"on 23 November",
	"December 3, 2026",
];

describe("rescheduling, for any date form and any new day", () => {
	it("leaves a line the reader reads as exactly the new day", () => {
		fc.assert(
			fc.property(fc.constantFrom(...LINES), fc.constantFrom(...FORMS), fc.integer({ min: -200, max: 500 }), (template, form, shift) => {
				const line = template.replace("@", form);
				const date = addDays(TODAY, shift);
				const moved = setDueDate(line, date, dates, TODAY) as string;
				const read = dates.extract(moved.replace(/^- \[ \] /, ""), TODAY, { openTask: true });
				expect(read).toMatchObject({ date, dateEnd: null, relative: false });
				// One truth: the new day took the old one's place, no 📅 beside it.
				expect(moved).not.toContain("📅");
			}),
			{ numRuns: 300 },
		);
	});
});
