// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/core/index/build-index";
import { toContractJson } from "../../src/core/index/contract-json";
import { withDefaults } from "../../src/core/settings/settings";
import { aliasBombNote } from "../fixtures/hostile-notes";
import { loadPlugin, TODAY } from "./harness";

const cliIndex = (files: Record<string, string>) =>
	toContractJson(
		buildIndex(
			Object.entries(files).map(([path, text]) => ({ path, text })),
			withDefaults(),
			TODAY,
		),
	);

const FILES = {
	"Kunden/Bombe.md": aliasBombNote(),
	"Kunden/Offen.md": "---\nfirma: Offen GmbH\n- [ ] Frau Gerens anrufen 📅 2026-11-25\n",
	"Kunden/Vogt.md": "---\nfirma: Vogt\n---\n- [ ] Herrn Vogt anrufen 📅 2026-11-25\n",
};

describe("hostile notes in the plugin's index", () => {
	it("names an alias bomb and unclosed frontmatter, reads the rest, and agrees with the CLI", async () => {
		const { index } = await loadPlugin(FILES);
		const problems = index().customers.map((c) => [c.path, c.problems.find((p) => p.code === "yaml-error")?.message ?? null]);
		expect(problems).toEqual([
			["Kunden/Bombe.md", "Frontmatter wächst durch YAML-Aliase (*name) ins Uferlose und wurde nicht gelesen"],
			["Kunden/Offen.md", "Frontmatter ist nicht geschlossen: zum --- in Zeile 1 fehlt das schließende ---"],
			["Kunden/Vogt.md", null],
		]);
		expect(toContractJson(index())).toEqual(cliIndex(FILES));
	});
});
