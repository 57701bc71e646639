import { describe, expect, it } from "vitest";
import { json, TODAY } from "./build";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { buildIndex } from "../../../src/core/index/build-index";
import { createIndexContext } from "../../../src/core/index/context";
import { toContractJson } from "../../../src/core/index/contract-json";
import type { NoteInput } from "../../../src/core/index/note";
import { parseNote } from "../../../src/core/index/parse-note";
import { withDefaults } from "../../../src/core/settings/settings";
import type { JsonIndex } from "./build";

const KB200 = 200_000;
const long = (token: string) => token.repeat(Math.ceil(KB200 / token.length));

describe("the index on hostile lines", () => {
	// Each of these opens something a pattern looks for and never closes it; read by a backtracking
	// regex, a line of them took seconds per 100 KB and grew with the square of its length.
	const tokens = ["[a](", "[[x|", "[", "[[", "`", "``x", "[[a#", "[a](<", "[::", "1rueckruf", "1akquis", "](", "next "];

	it("lists a 200 KB item of a customer note and reads its date from the start", () => {
		for (const token of tokens) {
			const out = json({ "Kunden/K.md": `---\ntyp: kunde\n---\n- [ ] 2026-11-25 Herrn Meier anrufen ${long(token)}\n` });
			expect(
				out.activities.map((a) => a.date),
				token,
			).toEqual(["2026-11-25"]);
		}
	});

	it("lists a 200 KB item that links a customer", () => {
		for (const token of tokens) {
			const out = json({ "Kunden/K.md": "---\ntyp: kunde\n---\n", "Notizen/n.md": `- [ ] [[K]] 2026-11-25 anrufen ${long(token)}\n` });
			expect(
				out.activities.map((a) => [a.customer, a.date]),
				token,
			).toEqual([["Kunden/K.md", "2026-11-25"]]);
		}
	});

	it("carries the reference date over 40,000 undated headings with an item each", () => {
		const body = ["## 2026-11-02 Planung", ...Array.from({ length: 40_000 }, (_, i) => `## Punkt ${i}\n- [ ] morgen Herrn Meier anrufen`)].join("\n");
		const out = json({ "Kunden/K.md": `---\ntyp: kunde\n---\n${body}\n` });
		expect(out.activities).toHaveLength(40_000);
		expect(new Set(out.activities.map((a) => a.date))).toEqual(new Set(["2026-11-03"]));
	});

	it("reads each heading for a date at most once, however many items stand below undated headings", () => {
		// Searching back from every item to the last dated heading reads the headings n²/2 times.
		const n = 300;
		const body = ["## 2026-11-02 Planung", ...Array.from({ length: n }, (_, i) => `## Punkt ${i}\n- [ ] [[K]] morgen Herrn Meier anrufen`)].join("\n");
		const ctx = createIndexContext(withDefaults(), TODAY, parseYaml);
		const firstDate = ctx.dates.firstDate.bind(ctx.dates);
		let reads = 0;
		ctx.dates = {
			...ctx.dates,
			firstDate: (...args) => {
				reads++;
				return firstDate(...args);
			},
		};
		const note = parseNote({ path: "Notizen/Plan.md", text: `${body}\n` }, ctx);
		expect(note.items).toHaveLength(n);
		expect(new Set(note.items.map((item) => item.ownDate))).toEqual(new Set(["2026-11-03"]));
		expect(reads).toBeLessThanOrEqual(n + 1);
	});
});

describe("characters that Markdown does not take for line breaks", () => {
	const note = [
		"---",
		"typ: kunde",
		"---",
		"## 2026-11-02\u2028Planung",
		"- [ ] morgen Herrn Meier\u2028anrufen",
		"- [ ] übermorgen Frau Kurz\u2029schreiben",
		"- [ ] Herrn Lang\ranrufen 📅 2026-11-30",
		"",
	].join("\n");
	const expected = [
		{ line: 5, text: "morgen Herrn Meier\u2028anrufen", date: "2026-11-03" },
		{ line: 6, text: "übermorgen Frau Kurz\u2029schreiben", date: "2026-11-04" },
		{ line: 7, text: "Herrn Lang\ranrufen 📅 2026-11-30", date: "2026-11-30" },
	];
	const activities = (input: NoteInput) =>
		(toContractJson(buildIndex([input], withDefaults(), "2026-11-23")) as JsonIndex).activities.map((a) => ({ line: a.line, text: a.text, date: a.date }));

	it("keeps items holding U+2028, U+2029 or a lone CR, and headings too (CLI scan)", () => {
		expect(activities({ path: "Kunden/K.md", text: note })).toEqual(expected);
	});

	it("reads them alike from the metadata cache, which reports those lines as items and headings", () => {
		const metadata = { frontmatter: { typ: "kunde" }, listLines: [4, 5, 6], headings: [{ line: 3, text: "2026-11-02\u2028Planung" }] };
		expect(activities({ path: "Kunden/K.md", text: note, metadata })).toEqual(expected);
	});
});
