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
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("counts an offset from today when today is that weekday", () => {
		expect(span("Freitag in einer Woche", "2026-11-27")).toBe("2026-12-04");
	});

	it.each(["Fr. Schmitt anrufen", "Fr. Dr. Weber wegen Angebot", "Angebot mit Fr. Schmitt besprochen", "Fr. Müller-Lüdenscheidt"])("%s is Frau, not Freitag", (text) =>
		expect(span(text)).toBeNull(),
	);

	it("is relative", () => expect(read("am Mittwoch").relative).toBe(true));
});
