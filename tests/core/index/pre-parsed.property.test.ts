import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanFromMetadata, type PreParsed } from "../../../src/core/index/pre-parsed";
import { scanNote } from "../../../src/core/markdown/scan";
import { LineIndex } from "../../../src/core/text/line-index";

// Lines as notes hold them: nested and quoted items, headings, prose and a review section.
const line = fc.constantFrom(
	"# Kunde",
	"## 2026-11-20 Besuch",
	"- [[Vogt]]",
	"  - [ ] Angebot schicken",
	"    - [x] Herrn Vogt angerufen ✅ 2026-11-20",
	"\t- Rückruf",
	"1. Preis klären",
	"   2. Muster senden",
	"> - [ ] im Zitat",
	">   - darunter",
	"> [!note]",
	"Prosa mit > Zeichen",
	"",
	"%% kundendossier-review:start %%",
	"%% kundendossier-review:end %%",
);

/** What Obsidian's cache says of a note: its items' lines and parents' lines (negative at the top), its headings. */
function metadataOf(text: string): PreParsed {
	const scanned = scanNote(new LineIndex(text));
	return {
		frontmatter: null,
		listLines: scanned.items.map((item) => item.index),
		listParents: scanned.items.map((item) => (item.parent >= 0 ? (scanned.items[item.parent]?.index ?? -1) : -1)),
		headings: scanned.headings.map((h) => ({ line: h.index, text: h.text, level: h.level })),
	};
}

/** The same metadata in another order: nothing promises that a cache lists items top down. */
function reordered(meta: PreParsed, order: number[]): PreParsed {
	const at = order.filter((i) => i < meta.listLines.length);
	return {
		...meta,
		listLines: at.map((i) => meta.listLines[i] as number),
		listParents: at.map((i) => meta.listParents?.[i] as number),
		headings: order[0] === 1 ? [...meta.headings].reverse() : meta.headings,
	};
}

describe("reading a note through the metadata cache", () => {
	it("gives the items, parents and headings of the index's own scan, in any order the cache lists them", () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.nat(40)), (lines, shuffle) => {
				const text = lines.join("\n");
				const meta = metadataOf(text);
				const order = [...new Set([...shuffle, ...meta.listLines.keys()])];
				const own = scanNote(new LineIndex(text));
				const cached = scanFromMetadata(new LineIndex(text), reordered(meta, order));
				expect(cached.items).toEqual(own.items);
				expect(cached.headings).toEqual(own.headings);
			}),
			{ numRuns: 2000 },
		);
	});
});
