import { describe, expect, it } from "vitest";
import { examples, mixedPurpose } from "../../../src/core/vagueness/mixed-purpose";
import { fires, runExamples } from "./run-examples";

runExamples(mixedPurpose, examples);

describe("mixed-purpose: edge cases", () => {
	it.each([
		"Glückwünsche und Konditionen",
		"Geburtstagskarte mit Preisliste",
		"Weihnachtsgrüße und Vertragsverlängerung",
		"Jubiläum: Produkte zeigen",
		"Dankeschön und Angebot",
		"Gift and quote",
		"Christmas greetings with the price list",
		"Anniversary discount",
		"Thank-you note with our offer",
	])("fires on „%s“", (text) => {
		expect(fires(mixedPurpose, text)).toBe(true);
	});

	it.each([
		"Geburtstagsgrüße schicken",
		"Angebot schicken",
		"Herrn Meier für die Bestellung danken",
		"Dem Produktionsleiter zum Geburtstag gratulieren",
		"Frau Scharens mit der Weihnachtskarte beauftragen",
		"Beim Abendessen das Angebot besprechen",
		"Send the birthday card",
		"Thank you for the order",
	])("stays quiet on „%s“", (text) => {
		expect(fires(mixedPurpose, text)).toBe(false);
	});
});
