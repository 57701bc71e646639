import fc from "fast-check";
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
		expect(dailyNoteMatcher("YYYY/MM/YYYY-MM-DD").dateOf("Journal/2026/11/2026-11-20")).toBe("2026-11-20");
		expect(dailyNoteMatcher("YYYY/MM/YYYY-MM-DD").dateOf("Journal/2026-11-20")).toBeNull();
		expect(dailyNoteMatcher("MMMM YYYY").dateOf("November 2026")).toBeNull();
	});
});

describe("links on long and ordinary lines", () => {
	// findLinks as it was with regexes; the loops must find the same links.
	const WIKI = /!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g;
	const MARKDOWN = /!?\[([^\]]*)\]\(\s*(<[^>]+>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
	function byRegex(text: string) {
		const plain = text.replace(/`[^`]*`/g, "");
		const links: Array<{ target: string; display: string }> = [];
		for (const m of plain.matchAll(WIKI)) {
			const target = (m[1] ?? "").trim();
			if (target) links.push({ target, display: (m[2] ?? target).trim() });
		}
		for (const m of plain.matchAll(MARKDOWN)) {
			let target = (m[2] ?? "").replace(/^<|>$/g, "");
			if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
			target = target.replace(/[#^].*$/, "");
			try {
				target = decodeURIComponent(target);
			} catch {
				// as written
			}
			if (target) links.push({ target, display: (m[1] ?? "").trim() });
		}
		return links;
	}
	const pieces = ["[[", "]]", "[", "]", "(", ")", "|", "#", "^", "!", "`", " ", "<", ">", '"', "Müller", "Kunden/Schulz.md", "%C3%BC", "https:", "\u2028"];
	const line = fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((parts) => parts.join(""));

	it("finds the links the regexes found (property)", () => {
		fc.assert(
			fc.property(line, (text) => {
				expect(findLinks(text)).toEqual(byRegex(text));
			}),
			{ numRuns: 300 },
		);
	});

	it("reads a 200 KB line of openings that never close", () => {
		for (const token of ["[a](", "[[x|", "[", "[[", "[[a#", "[a](<", '[a](b "', "[a](b#"]) {
			const text = `[[Müller]] ${token.repeat(Math.ceil(200_000 / token.length))}`;
			expect(findLinks(text)[0]).toEqual({ target: "Müller", display: "Müller" });
		}
	});
});
