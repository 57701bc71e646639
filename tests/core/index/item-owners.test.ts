import { describe, expect, it } from "vitest";
import { isGroupingText, itemOwners, type NoteOwners, type OwnerHeading, type OwnerItem } from "../../../src/core/index/item-owners";
import { findLinks, type Link } from "../../../src/core/markdown/links";

const CUSTOMERS: Record<string, string> = {
	"müller gmbh": "Kunden/Müller GmbH.md",
	"schulz druck": "Kunden/Schulz Druck.md",
	"hans müller": "Kunden/Müller GmbH.md",
};
const resolve = (link: Link) => CUSTOMERS[link.target.toLowerCase()] ?? null;

/** Items from "indent|text" lines; parents found by indentation, headings by "#". */
function note(lines: string[], owners: NoteOwners = { note: [], property: [] }) {
	const items: OwnerItem[] = [];
	const headings: OwnerHeading[] = [];
	const indents: number[] = [];
	const levels: number[] = [];
	for (const line of lines) {
		const heading = /^(#+) (.*)$/.exec(line);
		if (heading) {
			const level = heading[1]!.length;
			let parent = headings.length - 1;
			while (parent >= 0 && levels[parent]! >= level) parent = headings[parent]!.parent;
			headings.push({ parent, links: findLinks(heading[2]!) });
			levels.push(level);
			continue;
		}
		const m = /^(\s*)- (.*)$/.exec(line)!;
		const indent = m[1]!.length;
		let parent = items.length - 1;
		while (parent >= 0 && indents[parent]! >= indent) parent = items[parent]!.parent;
		items.push({ text: m[2]!, links: findLinks(m[2]!), parent, heading: headings.length - 1 });
		indents.push(indent);
	}
	return itemOwners(items, headings, owners, resolve).map((o, i) => `${items[i]!.text} → ${o.grouping ? "group " : ""}${o.customers.join(", ")}`);
}

describe("who an item belongs to", () => {
	it("a customer note's items belong to it, and to every customer they link", () => {
		expect(note(["- [ ] Angebot schicken", "- [ ] Mit [[Schulz Druck]] abstimmen"], { note: ["Kunden/Müller GmbH.md"], property: [] })).toEqual([
			"[ ] Angebot schicken → Kunden/Müller GmbH.md",
			"[ ] Mit [[Schulz Druck]] abstimmen → Kunden/Müller GmbH.md, Kunden/Schulz Druck.md",
		]);
	});

	it("a sub-item under a grouping bullet belongs to the bullet's customer; the bullet itself is no activity", () => {
		expect(note(["- [[Müller GmbH]]", "  - [ ] Angebot nachreichen", "    - [ ] Preisliste anhängen"])).toEqual([
			"[[Müller GmbH]] → group Kunden/Müller GmbH.md",
			"[ ] Angebot nachreichen → Kunden/Müller GmbH.md",
			"[ ] Preisliste anhängen → Kunden/Müller GmbH.md",
		]);
	});

	it("a child that links a customer of its own belongs to it and to the grouping bullet's customers", () => {
		expect(note(["- [[Müller GmbH]]:", "  - [ ] mit [[Schulz Druck]] Termin teilen"])).toEqual([
			"[[Müller GmbH]]: → group Kunden/Müller GmbH.md",
			"[ ] mit [[Schulz Druck]] Termin teilen → Kunden/Schulz Druck.md, Kunden/Müller GmbH.md",
		]);
	});

	it("takes the nearest parent that links a customer, at any depth, though that parent is no grouping bullet", () => {
		expect(note(["- Besuch bei [[Schulz Druck]] vorbereiten", "  - Unterlagen", "    - [ ] Muster einpacken"])).toEqual([
			"Besuch bei [[Schulz Druck]] vorbereiten → Kunden/Schulz Druck.md",
			"Unterlagen → Kunden/Schulz Druck.md",
			"[ ] Muster einpacken → Kunden/Schulz Druck.md",
		]);
	});

	it("else the innermost enclosing heading that links one, also a section around it", () => {
		expect(
			note([
				"## [[Müller GmbH]]",
				"- [ ] Angebot schicken",
				"### Technik",
				"- [ ] Zeichnung prüfen",
				"## [[Schulz Druck]]",
				"- [ ] Muster",
				"## Sonstiges",
				"- [ ] Steuer",
			]),
		).toEqual([
			"[ ] Angebot schicken → Kunden/Müller GmbH.md",
			"[ ] Zeichnung prüfen → Kunden/Müller GmbH.md",
			"[ ] Muster → Kunden/Schulz Druck.md",
			"[ ] Steuer → ",
		]);
	});

	it("else the note's kunde property; a link of the item itself wins over it", () => {
		const owners = { note: [], property: ["Kunden/Schulz Druck.md"] };
		expect(note(["- [ ] Protokoll verschicken", "- [ ] [[Hans Müller]] anrufen wg. Wartung"], owners)).toEqual([
			"[ ] Protokoll verschicken → Kunden/Schulz Druck.md",
			"[ ] [[Hans Müller]] anrufen wg. Wartung → Kunden/Müller GmbH.md",
		]);
	});

	it("a heading without a customer link falls through to the property", () => {
		expect(note(["## Offene Punkte", "- [ ] Rechnung prüfen"], { note: [], property: ["Kunden/Müller GmbH.md"] })).toEqual([
			"[ ] Rechnung prüfen → Kunden/Müller GmbH.md",
		]);
	});
});

describe("grouping bullets", () => {
	it.each([
		"[[A]]",
		"[[A]], [[B]]",
		"[[A]] / [[B]]",
		"[[A]] & [[B]]",
		"[[A]] + [[B]]",
		"[[A]]; [[B]]",
		"[[A]] und [[B]]",
		"[[A]] and [[B]]:",
		"[Müller](Kunden/M%C3%BCller.md):",
		"[[A|Firma A]] ,  [[B#Kontakt]]",
	])("%s is a grouping bullet", (text) => {
		expect(isGroupingText(text, findLinks(text).length)).toBe(true);
	});

	it.each(["[[A]] anrufen", "Besuch [[A]]", "[[A]] - Termin", "[[A]] 12.12.", "Kunde", "[[A]]: Angebot", "[[A]] oder [[B]]"])(
		"%s is no grouping bullet",
		(text) => {
			expect(isGroupingText(text, findLinks(text).length)).toBe(false);
		},
	);
});
