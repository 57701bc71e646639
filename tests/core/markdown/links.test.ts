import { describe, expect, it } from "vitest";
import { dailyNoteMatcher } from "../../../src/core/markdown/daily-note";
import { findLinks } from "../../../src/core/markdown/links";

describe("links", () => {
	it("finds wikilinks with alias, heading and embed, and Markdown links to notes", () => {
		expect(findLinks("Anruf [[Müller GmbH|Müller]] und [[Kunden/Schulz#Kontakt]] ![[Bild]]")).toEqual([
			{ target: "Müller GmbH", display: "Müller" },
			{ target: "Kunden/Schulz", display: "Kunden/Schulz" },
			{ target: "Bild", display: "Bild" },
		]);
		expect(findLinks("[Müller](../Kunden/M%C3%BCller%20GmbH.md#Notizen) [Web](https://example.com)")).toEqual([
			{ target: "../Kunden/Müller GmbH.md", display: "Müller" },
		]);
		expect(findLinks("[Müller](<Kunden/Müller GmbH.md>)")).toEqual([{ target: "Kunden/Müller GmbH.md", display: "Müller" }]);
	});

	it("ignores links in inline code", () => {
		expect(findLinks("`[[Müller]]` ist Syntax")).toEqual([]);
	});
});

describe("daily notes", () => {
	it("reads the default format and rejects impossible days", () => {
		const m = dailyNoteMatcher();
		expect(m.dateOf("2026-11-20")).toBe("2026-11-20");
		expect(m.dateOf("2026-02-30")).toBeNull();
		expect(m.dateOf("2026-11-20 Notiz")).toBeNull();
	});

	it("reads other moment formats, escaped text and folder formats", () => {
		expect(dailyNoteMatcher("DD.MM.YYYY").dateOf("20.11.2026")).toBe("2026-11-20");
		expect(dailyNoteMatcher("YYYY-MM-DD dddd").dateOf("2026-11-20 Freitag")).toBe("2026-11-20");
		expect(dailyNoteMatcher("[Tag] YYYYMMDD").dateOf("Tag 20261120")).toBe("2026-11-20");
		expect(dailyNoteMatcher("YYYY/MM/YYYY-MM-DD").dateOf("2026-11-20")).toBe("2026-11-20");
		expect(dailyNoteMatcher("MMMM YYYY").dateOf("November 2026")).toBeNull();
	});
});
