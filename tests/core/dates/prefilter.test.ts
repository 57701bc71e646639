import { describe, expect, it } from "vitest";
import { mayHoldEnglishDate, mayHoldGermanDate } from "../../../src/core/dates/prefilter";

describe("what sends a line to chrono-node", () => {
	it.each(["nächsten Monat Angebot", "am Wochenende", "Angebot 15. Dezember", "letzte Woche besprochen"])("German: %s", (text) =>
		expect(mayHoldGermanDate(text)).toBe(true),
	);

	it.each(["call next month", "December 15 demo", "3 days from now", "this Friday", "over the weekend"])("English: %s", (text) =>
		expect(mayHoldEnglishDate(text)).toBe(true),
	);

	// Our own parsers read these; chrono-node is the slow path and never sees them for that alone.
	it.each(["Angebot an Herrn Schulz schicken", "morgen anrufen", "Freitag Termin", "in 2 Wochen nachfassen", "Umsatz 390.000 €"])("neither: %s", (text) => {
		expect(mayHoldGermanDate(text)).toBe(false);
		expect(mayHoldEnglishDate(text)).toBe(false);
	});
});
