import { describe, expect, it } from "vitest";
import { span } from "./helpers";

describe("German numeric dates", () => {
	it.each([
		["bis 1.12", "2026-12-01"],
		["am 4.12", "2026-12-04"],
		["Angebot am 4.12 senden", "2026-12-04"],
		["01.12 Angebot senden", "2026-12-01"],
		["[[Müller GmbH]] #kunde 4.12 Angebot", "2026-12-04"],
		["Freitag, 4.12 Termin", "2026-12-04"],
		["Montag 7.12", "2026-12-07"],
		["Freitag 04/12/2026", "2026-12-04"],
		["Freitag 30-12-16", "2016-12-30"],
		["Rückruf 15/11/26", "2026-11-15"],
		// A number after a space is a time or a count, not a two-digit year; four digits are a year.
		["Di 1.12. 10 Uhr", "2026-12-01"],
		["Lieferung 1.12. 26 Paletten", "2026-12-01"],
		["Messe 23.11. 2027", "2027-11-23"],
		["Messe 23.11.27", "2027-11-23"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it.each([
		"Raum 12.3",
		"2.1 der Software läuft in der Cloud",
		"Tel. 0911 12.12.12",
		"Tel.: 0911 12.12.12",
		"Telefon 0911/12.12.12",
		"ab 9.10 Uhr",
		"bis 10.11 Uhr",
		"12.30 Uhr",
		"3.5 Tonnen",
		"Schritt 1-2-3",
		"Maße 10.5 cm",
	])("%s is no date", (text) => expect(span(text)).toBeNull());

	it("an open task's year-less date looks forward with 60 days of grace; any other the nearest year", () => {
		expect(span("Am 15.6. Angebot", "2026-11-23", true)).toBe("2027-06-15");
		expect(span("20.11. Angebot", "2026-11-23", true)).toBe("2026-11-20");
		expect(span("Am 3.12. vorstellen", "2026-11-23", true)).toBe("2026-12-03");
		// 69 days before the reference: past the grace.
		expect(span("Am 15.9. Angebot", "2026-11-23", true)).toBe("2027-09-15");
		expect(span("Am 15.9. Angebot", "2026-11-23", false)).toBe("2026-09-15");
		expect(span("Am 29.2. Angebot", "2026-11-23", true)).toBe("2028-02-29");
		expect(span("Am 15.6.2026 Angebot", "2026-11-23", true)).toBe("2026-06-15");
	});
});
