import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../../src/core/frontmatter/parse";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { findFrontmatter } from "../../../src/core/markdown/frontmatter-block";
import { LineIndex } from "../../../src/core/text/line-index";
import { aliasBomb } from "../../fixtures/hostile-notes";

const parse = (note: string) => {
	const block = findFrontmatter(new LineIndex(note));
	if (!block) throw new Error("no frontmatter");
	return parseFrontmatter(block, parseYaml);
};

describe("frontmatter", () => {
	it("keeps dates as written and leading zeros as strings", () => {
		expect(parse("---\nerstellt: 2026-11-23\nplz: 01234\ntelefon: 0711 123\numsatz: 120000\nanteil: 0.5\naktiv: true\n---\n").data).toEqual({
			erstellt: "2026-11-23",
			plz: "01234",
			telefon: "0711 123",
			umsatz: 120000,
			anteil: 0.5,
			aktiv: true,
		});
	});

	it("names the line of malformed YAML", () => {
		expect(parse('---\nfirma: X\nstrategie: "offen\nabc: A\n---\n').error).toMatchObject({ kind: "yaml", line: 3 });
		expect(parse("---\nfirma: X\n  abc: A\n---\n").error).toMatchObject({ kind: "yaml", line: 3 });
		expect(parse("---\nfirma: X\nfirma: Y\n---\n").error).toMatchObject({ kind: "yaml", line: 3 });
		expect(parse("---\ntyp: kunde\nfirma: X\nstatus: Neukunde\n  abc: C\nphase: Neukunde\numsatz: 1\n---\n").error).toMatchObject({ kind: "yaml", line: 5 });
		expect(parse("---\ntyp: kunde\nfirma: X\n\tabc: C\nphase: Neukunde\n---\n").error).toMatchObject({ kind: "yaml", line: 4 });
	});

	it("never evaluates ---js frontmatter", () => {
		const marker = globalThis as { kundendossierRan?: boolean };
		const result = parse("---js\n{ firma: (function(){ globalThis.kundendossierRan = true; return 'X' })() }\n---\n");
		expect(result.error).toMatchObject({ kind: "javascript" });
		expect(marker.kundendossierRan).toBeUndefined();
	});

	it("reads frontmatter without Node's Buffer, which Obsidian on mobile does not have", () => {
		const global = globalThis as { Buffer?: unknown };
		const saved = global.Buffer;
		global.Buffer = undefined;
		try {
			expect(parse("---\nfirma: X\nabc: A\n---\n")).toEqual({ data: { firma: "X", abc: "A" }, error: null });
			expect(parse("---\ntyp: kunde\nfirma: X\nstatus: Neukunde\n  abc: C\n---\n").error).toMatchObject({ kind: "yaml", line: 5 });
			expect(parse("---js\n{ firma: 'X' }\n---\n").error).toMatchObject({ kind: "javascript" });
		} finally {
			global.Buffer = saved;
		}
	});

	it("reads ---json and refuses other languages", () => {
		expect(parse('---json\n{ "firma": "X" }\n---\n')).toEqual({ data: { firma: "X" }, error: null });
		expect(parse("---toml\nfirma = 'X'\n---\n").error).toMatchObject({ kind: "language", reason: "toml", line: 1 });
	});

	it("reads an empty or comment-only block as empty, whatever its language, and ---- as no fence", () => {
		expect(parse("---js\n---\n")).toEqual({ data: {}, error: null });
		expect(parse("---toml\n# nur ein Kommentar\n---\n")).toEqual({ data: {}, error: null });
		expect(findFrontmatter(new LineIndex("----\nText\n---\n"))).toBeNull();
	});

	it("reports frontmatter that is not a map", () => {
		expect(parse("---\n- a\n- b\n---\n").error).toMatchObject({ kind: "shape" });
		expect(parse("---\n---\n")).toEqual({ data: {}, error: null });
	});

	it("refuses YAML whose aliases expand without bound, without expanding them", () => {
		expect(parse(`---\ntyp: kunde\n${aliasBomb()}\n---\n`)).toEqual({ data: {}, error: { line: null, reason: "too-large", kind: "expansion" } });
	});

	it("refuses frontmatter nested deeper than any dossier, and aliases that refer to themselves", () => {
		expect(parse(`---\nx: ${"[".repeat(100)}${"]".repeat(100)}\n---\n`).error).toMatchObject({ kind: "expansion", reason: "too-deep" });
		expect(parse("---\nfirma: &a [x, *a]\n---\n").error).toMatchObject({ kind: "expansion", reason: "cyclic" });
	});

	it("reads shared aliases and large plain frontmatter that stay within bounds", () => {
		expect(parse("---\nbasis: &b { ort: Ulm }\nfiliale: *b\n---\n").data).toEqual({ basis: { ort: "Ulm" }, filiale: { ort: "Ulm" } });
		const long = Array.from({ length: 20_000 }, (_, i) => `  - Eintrag ${i} ${"x".repeat(60)}`).join("\n");
		expect(parse(`---\nnotizen:\n${long}\n---\n`).error).toBeNull();
	});
});
