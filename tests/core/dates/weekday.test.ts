import { describe, expect, it } from "vitest";
import { read, span } from "./helpers";

describe("weekdays with offsets, ranges and titles", () => {
	it.each([
		["Freitag in einer Woche", "2026-12-04"],
		["Dienstag in einer Woche", "2026-12-01"],
		["Freitag in zwei Wochen", "2026-12-11"],
		["Freitag übernächste Woche", "2026-12-11"],
		["übernächste Woche Freitag", "2026-12-11"],
		["übernächsten Dienstag", "2026-12-01"],
		["nächsten Dienstag", "2026-11-24"],
		["Freitag bis Montag", "2026-11-27…2026-11-30"],
		["am Fr. anrufen", "2026-11-27"],
		["bis Fr.", "2026-11-27"],
		["Termin Fr. 10 Uhr", "2026-11-27"],
		["Termin Fr., 10 Uhr", "2026-11-27"],
		["nächsten Fr. Angebot", "2026-11-27"],
		// Reference Monday 2026-11-23: last week ran 16–22 November.
		["Treffen letzte Woche Freitag", "2026-11-20"],
		["Freitag letzte Woche mit Herrn Schulz gesprochen", "2026-11-20"],
		["vergangene Woche Dienstag", "2026-11-17"],
		["met him last week on Friday", "2026-11-20"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("counts an offset from today when today is that weekday", () => {
		expect(span("Freitag in einer Woche", "2026-11-27")).toBe("2026-12-04");
	});

	it.each(["Fr. Schmitt anrufen", "Fr. Dr. Weber wegen Angebot", "Angebot mit Fr. Schmitt besprochen", "Fr. Müller-Lüdenscheidt"])(
		"%s is Frau, not Freitag",
		(text) => expect(span(text)).toBeNull(),
	);

	it("is relative", () => expect(read("am Mittwoch").relative).toBe(true));
});

describe("weekday abbreviations without their dot", () => {
	// Monday 30 November 2026.
	const MONDAY = "2026-11-30";
	it.each([
		["Di 10 Uhr", "2026-12-01"],
		["Do 14 Uhr", "2026-12-03"],
		["Fr 14 Uhr Termin", "2026-12-04"],
		["Di, 10:00 Termin", "2026-12-01"],
		["Do um 14 Uhr", "2026-12-03"],
		["Mo 14h Call mit Einkauf", "2026-12-07"],
		["am Di anrufen", "2026-12-01"],
		["Am Mi Angebot schicken", "2026-12-02"],
		["bis Fr", "2026-12-04"],
		["ab Do erreichbar", "2026-12-03"],
		["Call back Di 10:00", "2026-12-01"],
		["Meeting Fr 2pm with purchasing", "2026-12-04"],
		["Rückruf Mi 9.30 Uhr", "2026-12-02"],
	])("%s → %s", (text, expected) => expect(span(text, MONDAY, true)).toBe(expected));

	it.each([
		"So machen wir das",
		"So we agreed on the price",
		"Do the offer",
		"Fr Schmitt anrufen",
		"Mo Salah",
		"Mi casa es su casa",
		"di 10 Uhr, klein geschrieben",
		"Sa 10 Stück bestellen",
		"Also so machen wir das bis Ende",
	])("%s has no weekday", (text) => expect(span(text, MONDAY, true)).toBeNull());

	it("is relative, and a date after it still wins", () => {
		expect(read("Di 10 Uhr", MONDAY).relative).toBe(true);
		expect(span("Di, 1.12. um 10 Uhr", MONDAY)).toBe("2026-12-01");
		expect(span("Do, 10.12.2026 14 Uhr", MONDAY)).toBe("2026-12-10");
	});
});
