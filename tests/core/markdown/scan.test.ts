import { describe, expect, it } from "vitest";
import { REVIEW_END, REVIEW_START } from "../../../src/core/markdown/generated-section";
import { parseListItem } from "../../../src/core/markdown/list-item";
import { scanNote } from "../../../src/core/markdown/scan";
import { LineIndex } from "../../../src/core/text/line-index";

const texts = (note: string) => scanNote(new LineIndex(note)).items.map((i) => i.text);

describe("list items (CONTRACT: which lines are activities)", () => {
	it.each([
		["- [ ] Angebot senden", " ", "Angebot senden"],
		["* [x] Anruf", "x", "Anruf"],
		["+ [X] Anruf", "X", "Anruf"],
		["1. [-] Termin abgesagt", "-", "Termin abgesagt"],
		["12) Muster schicken", null, "Muster schicken"],
		["    - [ ] eingerückt", " ", "eingerückt"],
		["- [[Müller]] anrufen", null, "[[Müller]] anrufen"],
		["- [Link](Kunden/M%C3%BCller.md) anrufen", null, "[Link](Kunden/M%C3%BCller.md) anrufen"],
	])("%s", (line, checkbox, text) => expect(parseListItem(line)).toEqual({ checkbox, text }));

	it.each(["Prosa mit - Strich", "---", "- - -", "* * *", "*betont*", "-kein Leerzeichen", "", "1.5 Tonnen", "- [ ]", "-   "])("%s is no item", (line) =>
		expect(parseListItem(line)).toBeNull(),
	);
});

describe("scanning a note", () => {
	it("skips frontmatter, code fences (``` and ~~~, also in callouts) and the inserted review", () => {
		const note = [
			"---",
			"- [ ] im Frontmatter",
			"---",
			"- [ ] eins",
			"```",
			"- [ ] im Code",
			"```",
			"~~~~md",
			"- [ ] auch Code",
			"```",
			"- [ ] noch Code",
			"~~~~",
			"> [!todo] Nächste Schritte",
			"> - [ ] im Callout",
			"> ```",
			"> - [ ] Code im Callout",
			"> ```",
			"> > * verschachtelt",
			REVIEW_START,
			"- [[Müller]]: aus dem Review",
			REVIEW_END,
			"- zwei",
		].join("\n");
		expect(texts(note)).toEqual(["eins", "im Callout", "verschachtelt", "zwei"]);
	});

	it("reads items in quotes indented up to three spaces, as CommonMark does, and not beyond", () => {
		expect(texts(["> - [ ] eins", "  > - [ ] zwei", "   >> - [ ] drei", "    > - [ ] Code", "\t> - [ ] Code"].join("\n"))).toEqual(["eins", "zwei", "drei"]);
	});

	it("gives each item its parent by indentation and each heading its level; a heading ends a list", () => {
		const note = [
			"## [[Müller]]",
			"- [[Müller]]",
			"  - [ ] eins",
			"    - [ ] zwei",
			"  - [ ] drei",
			"\t- [ ] vier",
			"- fünf",
			"### Technik",
			"  - [ ] sechs",
		].join("\n");
		const scanned = scanNote(new LineIndex(note));
		expect(scanned.items.map((i) => [i.text, i.parent, i.heading])).toEqual([
			["[[Müller]]", -1, 0],
			["eins", 0, 0],
			["zwei", 1, 0],
			["drei", 0, 0],
			["vier", 3, 0],
			["fünf", -1, 0],
			["sechs", -1, 1],
		]);
		expect(scanned.headings.map((h) => [h.text, h.level])).toEqual([
			["[[Müller]]", 2],
			["Technik", 3],
		]);
	});

	it("ends a list at a paragraph after a blank line, not at an indented continuation", () => {
		const scanned = scanNote(new LineIndex("- [[Müller]]\n\n  weiter im Punkt\n  - [ ] eins\n\nNotiz\n  - [ ] zwei\n"));
		expect(scanned.items.map((i) => [i.text, i.parent])).toEqual([
			["[[Müller]]", -1],
			["eins", 0],
			["zwei", -1],
		]);
	});

	it("knows the review markers however they are indented, also by a no-break space", () => {
		expect(texts(`- [ ] davor\n\u00a0${REVIEW_START}\n- [ ] [[Müller]] im Review\n${REVIEW_END}\n- [ ] danach`)).toEqual(["davor", "danach"]);
	});

	it("treats an unclosed frontmatter as body, as Obsidian does", () => {
		expect(texts("---\n- [ ] eins")).toEqual(["eins"]);
	});

	it("reads CRLF and BOM without leaving \\r in any text, and counts lines from 0", () => {
		const scanned = scanNote(new LineIndex("\uFEFF---\r\nfirma: X\r\n---\r\n## 2026-11-02 Planung\r\n- [ ] eins  \r\n"));
		expect(scanned.items).toEqual([{ checkbox: " ", parent: -1, text: "eins", index: 4, raw: "- [ ] eins  ", heading: 0 }]);
		expect(scanned.headings).toEqual([{ index: 3, level: 2, text: "2026-11-02 Planung" }]);
		expect(scanned.frontmatter?.lines).toEqual(["firma: X"]);
	});
});
