import { describe, expect, it } from "vitest";
import { customerProperty, personCompany, propertyTargets } from "../../../src/core/index/note-links";

describe("links in properties", () => {
	it("reads a link, a list of links and a plain name", () => {
		expect(propertyTargets("[[Müller GmbH]]")).toEqual(["Müller GmbH"]);
		expect(propertyTargets(["[[Kunden/Müller GmbH|Müller]]", "[[Schulz Druck#Kontakte]]"])).toEqual(["Kunden/Müller GmbH", "Schulz Druck"]);
		expect(propertyTargets(" Müller GmbH ")).toEqual(["Müller GmbH"]);
		expect(propertyTargets([42, null, ""])).toEqual([]);
	});

	it("a meeting note's kunde or customer property names its customers", () => {
		expect(customerProperty({ kunde: "[[Müller GmbH]]", datum: "2026-11-23" })).toEqual(["Müller GmbH"]);
		expect(customerProperty({ Customer: ["[[A]]", "[[B]]"] })).toEqual(["A", "B"]);
		expect(customerProperty({ thema: "Messe" })).toEqual([]);
	});
});

describe("person notes", () => {
	it("a note whose firma links a note is a person note of that company", () => {
		expect(personCompany({ firma: "[[Müller GmbH]]", rolle: "Einkauf" })).toBe("Müller GmbH");
		expect(personCompany({ company: "[[Kunden/Schulz Druck|Schulz]]" })).toBe("Kunden/Schulz Druck");
	});

	it("typ: person with a plain company name is one too", () => {
		expect(personCompany({ typ: "person", firma: "Müller GmbH" })).toBe("Müller GmbH");
		expect(personCompany({ type: "Person", company: "[[Schulz Druck]]" })).toBe("Schulz Druck");
	});

	it("a meeting note with kunde, or a note with a plain firma text, is no person note", () => {
		expect(personCompany({ kunde: "[[Müller GmbH]]" })).toBeNull();
		expect(personCompany({ firma: "Müller GmbH" })).toBeNull();
		expect(personCompany({ typ: "person" })).toBeNull();
	});
});
