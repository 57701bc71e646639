import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calendarWeekParser } from "../../../src/core/dates/calendar-week";
import { dayMonthParser } from "../../../src/core/dates/day-month";
import { germanNumericParser } from "../../../src/core/dates/german-numeric";
import { isoParser } from "../../../src/core/dates/iso";
import { monthParser } from "../../../src/core/dates/month";
import { monthPartParser } from "../../../src/core/dates/month-part";
import { numericRangeParser } from "../../../src/core/dates/numeric-range";
import { quarterParser } from "../../../src/core/dates/quarter";
import { createNaturalParser } from "../../../src/core/dates/natural";
import { tierGate, type DateParser } from "../../../src/core/dates/parser";
import { periodPartParser } from "../../../src/core/dates/period-part";
import { relativeDayParser } from "../../../src/core/dates/relative-day";
import { relativeSpanParser } from "../../../src/core/dates/relative-span";
import { weekdayParser } from "../../../src/core/dates/weekday";
import { weekdayAbbreviationParser } from "../../../src/core/dates/weekday-abbreviation";

const REF = "2026-11-23";
const PARSERS = [
	isoParser,
	numericRangeParser,
	germanNumericParser,
	calendarWeekParser,
	quarterParser,
	monthPartParser,
	monthParser,
	periodPartParser,
	relativeDayParser,
	relativeSpanParser,
	weekdayParser,
	dayMonthParser,
	createNaturalParser(),
];

/** The test the extractor asks before the parser: its own, or its tier's (declared literals, else those of its patterns). */
const gateOf = (parser: DateParser) => parser.mayHold ?? tierGate([parser]);

function vaultLines(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? vaultLines(join(dir, e.name)) : e.name.endsWith(".md") ? readFileSync(join(dir, e.name), "utf8").split(/\r?\n/) : [],
	);
}

const PHRASES = [
	"am 3.12.",
	"bis 15.12.2026",
	"23.11.26",
	"KW 49",
	"kalenderwoche 2",
	"Ende Januar",
	"Mitte Dezember",
	"Anfang nächster Woche",
	"Monatsende",
	"übermorgen",
	"Morgen früh",
	"heute",
	"in 2 Wochen",
	"in drei Tagen",
	"nächste Woche",
	"nächsten Dienstag",
	"Di.",
	"am Freitag",
	"Am 15. November",
	"November 15",
	"next Tuesday",
	"in 3 weeks",
	"end of the month",
	"tomorrow",
	"2026-11-25",
	"Dienſtag",
	"ENDE NÄCHSTER WOCHE",
	"nächstes Wochenende",
	"10.–12.12.",
	"vom 10. bis 12.12.",
	"3.-5. März 2027",
	"am 4.12",
	"04/12/2026",
	"30-12-16",
	"Q1 2027",
	"Ende Q1",
	"Quartalsende",
	"Jahresende",
	"Ende 2026",
	"Mitte des Jahres",
	"im Dezember",
	"übernächste Woche",
	"diese Woche",
	"Freitag in einer Woche",
	"Freitag bis Montag",
];

describe("the tier gate of the date parsers", () => {
	it("is active for every parser (each pattern promises literals)", () => {
		for (const parser of PARSERS) expect(gateOf(parser), parser.name).not.toBeNull();
		const all = tierGate(PARSERS);
		expect(["Schichtbetrieb", "Standort Aalen", "Hintergrund"].map((text) => all?.(text))).toEqual([false, false, false]);
	});

	it("never hides a date a parser finds (example vault lines and every date form)", () => {
		const texts = [...vaultLines("examples/vault"), ...PHRASES, ...PHRASES.map((p) => `Herrn Kaiser ${p} anrufen`)];
		for (const parser of PARSERS) {
			const gate = gateOf(parser);
			for (const text of texts) if (parser.find(text, REF).length > 0) expect(gate?.(text), `${parser.name}: ${text}`).toBe(true);
		}
	});
});

describe("the own gate of the dotless weekday abbreviations", () => {
	const gate = weekdayAbbreviationParser.mayHold;

	it("passes every line the parser reads", () => {
		const texts = [...vaultLines("examples/vault"), "Di 10 Uhr", "Do um 14 Uhr", "Di, 10:00 Termin", "am Di anrufen", "bis Fr", "Herrn Kaiser Mo 14h anrufen"];
		for (const text of texts) if (weekdayAbbreviationParser.find(text, REF).length > 0) expect(gate?.(text), text).toBe(true);
	});

	it("does not pass on lines that merely hold so, do or a capitalised word starting with them", () => {
		expect(["also so machen", "das do ich", "Sonntag", "Dienstag Termin", "Frau Schmitt", "Software-Update", "Mo. 10 Uhr"].map((text) => gate?.(text))).toEqual(
			[false, false, false, false, false, false, false],
		);
	});
});
