import { describe, expect, it } from "vitest";
import { examples, noPerson } from "../../../src/core/vagueness/no-person";
import { fires, runExamples } from "./run-examples";

runExamples(noPerson, examples);

describe("no-person: edge cases", () => {
	it.each([
		"Herrn Meier anrufen",
		"Herr Kaiser",
		"Hr. Kaiser",
		"Fr. Gerens",
		"Dr. Weber",
		"Prof. Lang",
		"Mr Smith",
		"Mrs. Jones",
		"Ms Taylor",
		"Mit @gerens sprechen",
		"Einkaufsleiterin informieren",
		"Leiter Technik",
		"Geschäftsführerin",
		"GF einladen",
		"Inhaber besuchen",
		"Einkäufer",
		"Einkauf informieren",
		"Chefin",
		"Vorstand",
		"Assistentin",
		"Sekretariat",
		"Ansprechpartnerin",
		"Entscheider",
		"Team",
		"dem Kunden",
		"die Kundin",
		"Geschäftsleitung",
		"Buchhaltung",
		"Vertrieb",
		"CEO",
		"CTO",
		"CFO",
		"COO",
		"plant manager",
		"sales director",
		"head of production",
		"owner",
		"buyer",
		"purchasing",
		"assistant",
		"team",
		"customer",
	])("sees a person in „%s“", (text) => {
		expect(fires(noPerson, text)).toBe(false);
	});

	it.each(["Angebot schicken", "Konzept vorstellen", "Dem Herrn das Angebot schicken", "Mail an info@firma.de", "Send the brochure"])(
		"sees no person in „%s“",
		(text) => {
			expect(fires(noPerson, text)).toBe(true);
		},
	);

	it("reads links as their display text only", () => {
		expect(fires(noPerson, "Angebot an [[Meier GmbH]] schicken")).toBe(true);
		expect(fires(noPerson, "Angebot an [[Kunden/Meier GmbH|Frau Meier]] schicken")).toBe(false);
	});

	it("knows the customer's people by surname or full name, as whole words", () => {
		const people = ["Anna Gerens", "Dr. Jürgen Müller-Lüdenscheidt", "Kaiser (Einkauf)"];
		expect(fires(noPerson, "Gerens anrufen", { people })).toBe(false);
		expect(fires(noPerson, "Anna Gerens anrufen", { people })).toBe(false);
		expect(fires(noPerson, "Mueller-Luedenscheidt anrufen", { people })).toBe(false);
		expect(fires(noPerson, "Kaiser anrufen", { people })).toBe(false);
		expect(fires(noPerson, "Gerensberg anrufen", { people })).toBe(true);
		expect(fires(noPerson, "Anna anrufen", { people })).toBe(true);
	});
});
