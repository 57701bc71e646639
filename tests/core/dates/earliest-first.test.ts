import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarWeekParser } from "../../../src/core/dates/calendar-week";
import { dayMonthParser } from "../../../src/core/dates/day-month";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { earliest, type FoundDate } from "../../../src/core/dates/found";
import { germanNumericParser } from "../../../src/core/dates/german-numeric";
import { isoParser } from "../../../src/core/dates/iso";
import { monthParser } from "../../../src/core/dates/month";
import { monthPartParser } from "../../../src/core/dates/month-part";
import { numericRangeParser } from "../../../src/core/dates/numeric-range";
import { quarterParser } from "../../../src/core/dates/quarter";
import { createNaturalParser } from "../../../src/core/dates/natural";
import type { DateParser } from "../../../src/core/dates/parser";
import { periodPartParser } from "../../../src/core/dates/period-part";
import { relativeDayParser } from "../../../src/core/dates/relative-day";
import { relativeSpanParser } from "../../../src/core/dates/relative-span";
import { weekdayParser } from "../../../src/core/dates/weekday";
import { weekdayAbbreviationParser } from "../../../src/core/dates/weekday-abbreviation";

const REF = "2026-11-23";

/**
 * The precedence without shortcuts: every parser of a tier is asked, the natural-language ones one by
 * one (in the natural parser's order, so ties resolve alike), and the earliest find of the first tier
 * that has one wins.
 */
const TIERS: DateParser[][] = [
	[isoParser],
	[numericRangeParser, germanNumericParser],
	[
		calendarWeekParser,
		quarterParser,
		monthPartParser,
		periodPartParser,
		monthParser,
		weekdayAbbreviationParser,
		relativeDayParser,
		relativeSpanParser,
		weekdayParser,
		dayMonthParser,
		createNaturalParser(),
	],
];
function everyParser(text: string): FoundDate | null {
	for (const tier of TIERS) {
		let found: FoundDate | null = null;
		for (const parser of tier) found = earliest(parser.find(text, REF), found);
		if (found) return found;
	}
	return null;
}

describe("a date at the start of a line ends the search", () => {
	it("finds what asking every parser finds (property)", () => {
		const phrase = fc.constantFrom(
			"KW 49",
			"Ende Januar",
			"Mitte nächster Woche",
			"übermorgen",
			"morgen",
			"in 2 Wochen",
			"nächsten Dienstag",
			"next Tuesday",
			"15. November",
			"Dec 2nd",
			"heute",
			"Mo.",
			"Fr",
			"am 3.12.",
			"2026-12-04",
			"nächste Woche",
			"Wochenende",
			"Herrn Meier",
			"anrufen",
			"Angebot",
			"am",
			",",
			" ",
			"im Dezember",
			"Q1 2027",
			"Ende Q1",
			"Jahresende",
			"10.–12.12.",
			"vom 10. bis 12.12.",
			"Freitag in einer Woche",
			"4.12",
			"bis",
			"Fr. Schmitt",
		);
		const text = fc.array(phrase, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" "));
		const dates = createDateExtractor();
		fc.assert(
			fc.property(text, (t) => {
				const expected = everyParser(t);
				const found = dates.firstDate(t, REF);
				expect(found && { date: found.date, index: found.index }).toEqual(expected && { date: expected.date, index: expected.index });
			}),
			{ numRuns: 500 },
		);
	});
});
