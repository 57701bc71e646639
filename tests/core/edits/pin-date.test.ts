import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { pinDate } from "../../../src/core/edits/pin-date";

const TODAY = "2026-11-23";
const dates = createDateExtractor();
const pin = (line: string, date: string) => pinDate(line, date, dates, TODAY);

describe("pinning a floating date", () => {
	it.each([
		["- [ ] morgen Herrn Schulz anrufen ^a1", "2026-11-24", "- [ ] am 24. November Herrn Schulz anrufen ^a1"],
		["- in 2 Wochen Frau Porens die Muster zeigen", "2026-12-07", "- am 7. Dezember Frau Porens die Muster zeigen"],
		["- [ ] Übermorgen [[Schulz Druck]] das Angebot schicken", "2026-11-25", "- [ ] Am 25. November [[Schulz Druck]] das Angebot schicken"],
		["- [ ] Angebot bis nächsten Freitag schicken", "2026-11-27", "- [ ] Angebot bis 27. November schicken"],
		["- [ ] Angebot senden [fällig:: morgen] ^x", "2026-11-24", "- [ ] Angebot senden [fällig:: 2026-11-24] ^x"],
		["- [ ] Call Mrs Gerens tomorrow", "2026-11-24", "- [ ] Call Mrs Gerens on November 24"],
	])("writes the day where the words stood: %s", (line, date, expected) => {
		const pinned = pin(line, date) as string;
		expect(pinned).toBe(expected);
		// Read a week later, the line still means that day.
		expect(dates.extract(pinned.replace(/^- (\[ \] )?/, ""), "2026-11-30", { openTask: true })).toMatchObject({ date, relative: false });
	});

	it("is no list item: null", () => expect(pin("morgen anrufen", "2026-11-24")).toBeNull());
});
