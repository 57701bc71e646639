// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../../src/core/frontmatter/parse";
import { findFrontmatter } from "../../../src/core/markdown/frontmatter-block";
import { LineIndex } from "../../../src/core/text/line-index";
import { obsidianYaml } from "../../../src/obsidian/vault/yaml";
import { aliasBomb } from "../../fixtures/hostile-notes";

const read = (note: string) => parseFrontmatter(findFrontmatter(new LineIndex(note)) ?? { language: "", bodyStart: 0, lines: [] }, obsidianYaml);

describe("Obsidian's YAML parser as the core's loader", () => {
	it("gives days as written even where the parser reads them as dates", () => {
		expect(read("---\nerstellt: 2026-11-23\nphasen:\n  - phase: Vertrauen\n    datum: 2025-03-01\nzeit: 2026-11-23T10:30:00Z\n---\n").data).toEqual({
			erstellt: "2026-11-23",
			phasen: [{ phase: "Vertrauen", datum: "2025-03-01" }],
			zeit: "2026-11-23T10:30:00.000Z",
		});
	});

	it("names the line of broken YAML, as with the CLI's parser", () => {
		expect(read("---\ntyp: kunde\nfirma: Vogt\n  abc: A\n---\n").error).toMatchObject({ line: 4, kind: "yaml" });
	});
});

describe("hostile YAML through Obsidian's parser", () => {
	it("refuses an alias bomb without expanding it", () => {
		expect(read(`---\ntyp: kunde\n${aliasBomb()}\n---\n`)).toEqual({ data: {}, error: { line: null, reason: "too-large", kind: "expansion" } });
	});

	it("keeps shared aliases shared and survives a self-referring one", () => {
		const { data } = read("---\nbasis: &b { seit: 2026-11-23 }\nfiliale: *b\n---\n");
		expect(data).toEqual({ basis: { seit: "2026-11-23" }, filiale: { seit: "2026-11-23" } });
		expect(read("---\nfirma: &a [x, *a]\n---\n").error).toMatchObject({ kind: "expansion", reason: "cyclic" });
	});
});
