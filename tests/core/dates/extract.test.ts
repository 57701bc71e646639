import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { literalGate } from "../../../src/core/text/literal-gate";

// Monday. Every expectation below counts from this reference date.
const REF = "2026-11-23";
const dates = createDateExtractor();
const dateOf = (text: string, ref = REF) => dates.extract(text, ref).date;

describe("precedence (CONTRACT: emoji, Dataview, ISO, German numeric, natural language)", () => {
	it.each([
		["Angebot senden 📅 2026-11-25 [fällig:: 2026-12-01]", "2026-11-25"],
		["Angebot senden [fällig:: 2026-12-01] am 3.12.", "2026-12-01"],
		["Termin 2026-12-04, nicht am 3.12.", "2026-12-04"],
		["am 3.12. oder übermorgen", "2026-12-03"],
		["⏳ 2026-11-26 Präsentation vorbereiten", "2026-11-26"],
		["🛫 2026-11-27 Kampagne", "2026-11-27"],
		["📅 2026-11-30 ⏳ 2026-11-26", "2026-11-30"],
		["(due:: 30.11.) Angebot", "2026-11-30"],
		["[fällig:: übermorgen] Herrn Kaiser anrufen", "2026-11-25"],
	])("%s → %s", (text, expected) => expect(dateOf(text)).toBe(expected));

	it("reads ✅ as the done date, not as the activity's date", () => {
		expect(dates.extract("Angebot gesendet ✅ 2026-11-20", REF)).toMatchObject({ date: null, doneDate: "2026-11-20" });
		expect(dates.extract("Anruf 📅 2026-11-19 ✅ 2026-11-20", REF)).toMatchObject({ date: "2026-11-19", doneDate: "2026-11-20" });
		expect(dates.extract("Anruf [erledigt:: 2026-11-18]", REF)).toMatchObject({ date: null, doneDate: "2026-11-18" });
	});

	it("lets a long s (ſ) through the literal prefilter, as the i flag matches it", () => {
		expect(literalGate(/(^|[^\p{L}])dienstag/giu)("Anruf Dienſtag")).toBe(true);
		expect(dateOf("Anruf Dienſtag")).not.toBeNull();
	});

	it("never takes the Tasks created (➕) or cancelled (❌) date as the activity's date", () => {
		expect(dateOf("Anruf ➕ 2026-11-01")).toBeNull();
		expect(dateOf("Anruf ❌ 2026-11-02 übermorgen")).toBe("2026-11-25");
	});
});

describe("German numeric dates", () => {
	it.each([
		["23.11.2026", "2026-11-23"],
		["23.11.26", "2026-11-23"],
		["am 3.12. um 14 Uhr", "2026-12-03"],
		["15.11.", "2026-11-15"],
		["Termin am 1.4.", "2027-04-01"],
		["bis 15.12.2026 liefern", "2026-12-15"],
	])("%s → %s", (text, expected) => expect(dateOf(text)).toBe(expected));

	it.each(["Version 2.1.", "v2.1.", "Stand 1.2.", "3.5 Tonnen", "Release 1.2.3", "Preis 12.50."])("%s is no date", (text) => expect(dateOf(text)).toBeNull());
});

describe("our own parsers for what chrono-node misses", () => {
	it.each([
		["KW 49", "2026-11-30"],
		["in KW49/2027", "2027-12-06"],
		["Kalenderwoche 2", "2027-01-11"],
		["Ende Januar", "2027-01-31"],
		["Ende Februar", "2027-02-28"],
		["Ende Februar 2028", "2028-02-29"],
		["Mitte Dezember", "2026-12-15"],
		["Anfang März", "2027-03-01"],
		["end of January", "2027-01-31"],
		["Angebot bis Ende nächster Woche", "2026-12-04"],
		["Ende der Woche", "2026-11-27"],
		["Anfang nächster Woche", "2026-11-30"],
		["Mitte dieser Woche", "2026-11-25"],
		["bis Monatsende", "2026-11-30"],
		["Ende nächsten Monats", "2026-12-31"],
		["end of next week", "2026-12-04"],
		["early next month", "2026-12-01"],
	])("%s → %s", (text, expected) => expect(dateOf(text)).toBe(expected));
});

describe("natural language, German and English", () => {
	it.each([
		["Am 15. November dem Betriebsleiter die neueste Technologie präsentieren", "2026-11-15"],
		["Am 2. Dezember den Produktionsleiter überzeugen", "2026-12-02"],
		["übermorgen Herrn Kaiser anrufen", "2026-11-25"],
		["in 2 Wochen nachfassen", "2026-12-07"],
		["in einer Woche", "2026-11-30"],
		["am Mittwoch", "2026-11-25"],
		["nächsten Dienstag", "2026-11-24"],
		["Dienstag nächste Woche", "2026-12-01"],
		["nächste Woche Dienstag", "2026-12-01"],
		["letzten Freitag", "2026-11-20"],
		["bis Freitag", "2026-11-27"],
		["Anruf am Do. 10:00", "2026-11-26"],
		["heute Morgen Telefonat", "2026-11-23"],
		["morgen", "2026-11-24"],
		["next Tuesday", "2026-11-24"],
		["next week Tuesday", "2026-12-01"],
		["call back Friday", "2026-11-27"],
		["last Friday", "2026-11-20"],
		["December 2nd", "2026-12-02"],
		["5th of January", "2027-01-05"],
		["in 2 weeks", "2026-12-07"],
	])("%s → %s", (text, expected) => expect(dateOf(text)).toBe(expected));

	it("takes the weekday as the first such day after the reference, never the reference day itself", () => {
		expect(dateOf("am Montag", "2026-11-23")).toBe("2026-11-30");
		expect(dateOf("am Sonntag", "2026-11-28")).toBe("2026-11-29");
	});

	it("takes the year nearest to the reference date, not the next one (chrono's forwardDate)", () => {
		expect(dateOf("Am 15. November", "2026-11-23")).toBe("2026-11-15");
		expect(dateOf("Am 15. Januar", "2026-12-20")).toBe("2027-01-15");
		expect(dateOf("am 20.12.", "2027-01-05")).toBe("2026-12-20");
	});

	it("lets a written year win", () => {
		expect(dateOf("Am 15. November 2025")).toBe("2025-11-15");
		expect(dateOf("15.11.2024")).toBe("2024-11-15");
	});
});

describe("prose and impossible dates are no dates", () => {
	it.each([
		"Ich mache das so",
		"So machen wir das",
		"3 Muster geschickt",
		"we may call",
		"am Morgen anrufen",
		"10 Uhr",
		"31. Februar",
		"am 31.02.",
		"2026-02-31 Meeting",
		"📅 2026-13-01",
		"am 29.02.",
		"Do the offer",
		"Umsatz 2.500.000 €",
	])("%s", (text) => expect(dateOf(text)).toBeNull());
});

describe("URLs, inline code and link targets hold digits, not dates", () => {
	it.each([
		"Protokoll https://wiki.example.com/meetings/2026-11-03 lesen",
		"Bestellung HTTPS://SHOP.EXAMPLE.COM/orders/12.11. prüfen",
		"Notiz obsidian://open?vault=Vertrieb&file=Tagesnotizen%2F2026-11-02 öffnen",
		"Angebot file:///C:/Kunden/2026-11-03%20Angebot.pdf prüfen",
		"Skript `backup 2026-11-03` ausführen",
		"[Protokoll](Protokolle/2026-11-03.md) durchgehen",
	])("%s", (text) => expect(dateOf(text)).toBeNull());

	it("still reads the date written beside them", () => {
		expect(dateOf("Preisliste https://example.com/2026-11-03.pdf, Angebot bis 2026-12-01 schicken")).toBe("2026-12-01");
		expect(dates.locate("`v2026-11-03` Angebot am 2026-12-01", REF)).toMatchObject({ date: "2026-12-01", index: 25 });
	});
});

describe("firstDate for headings and values", () => {
	it("reports where a date stands and whether its year was written", () => {
		expect(dates.firstDate("## 2026-11-02 Planung", REF)).toMatchObject({ date: "2026-11-02", yearWritten: true, index: 3 });
		expect(dates.firstDate("## Woche ab 02.11.", REF)).toMatchObject({ date: "2026-11-02", yearWritten: false });
	});
});
