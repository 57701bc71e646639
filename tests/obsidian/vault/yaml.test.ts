// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../../src/core/frontmatter/parse";
import { findFrontmatter } from "../../../src/core/markdown/frontmatter-block";
import { LineIndex } from "../../../src/core/text/line-index";
import { obsidianYaml } from "../../../src/obsidian/vault/yaml";

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
