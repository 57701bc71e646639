import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The plugin writes notes only in src/obsidian/vault/ (eslint.config.mjs, NOTE_WRITES): a probe of each
// kind of write is refused in a command and allowed in vault/. Only that rule runs, without type information.
const eslint = new ESLint({
	ruleFilter: ({ ruleId }) => ruleId === "no-restricted-syntax",
	overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

const WRITES = [
	'await app.vault.modify(file, "x");',
	"await app.vault.process(file, (t) => t);",
	'await app.vault.create("a.md", "");',
	'await app.vault.append(file, "x");',
	'const { vault } = app; await vault.createFolder("f");',
	'await app.vault.adapter.write("a.md", "x");',
	'editor.replaceRange("x", { line: 0, ch: 0 });',
	'editor.setLine(0, "x");',
	'editor.setValue("x");',
	"await app.fileManager.processFrontMatter(file, () => undefined);",
];
const probe = (write: string) =>
	`import type { App, Editor, TFile } from "obsidian";\nexport async function probe(app: App, editor: Editor, file: TFile, dropdown: { setValue(v: string): void }): Promise<void> {\n\t${write}\n}\n`;
const refusals = async (write: string, filePath: string) => {
	const [result] = await eslint.lintText(probe(write), { filePath });
	return result?.messages.filter((m) => m.ruleId === "no-restricted-syntax").length ?? -1;
};

describe("the one door for writes", () => {
	it("refuses every kind of note write outside src/obsidian/vault/ and allows it inside", async () => {
		for (const write of WRITES) {
			expect([write, await refusals(write, "src/obsidian/commands/insert-review.ts")]).toEqual([write, 1]);
			expect([write, await refusals(write, "src/obsidian/vault/change-note.ts")]).toEqual([write, 0]);
		}
	}, 60_000);

	it("leaves a settings field's setValue alone", async () => {
		expect(await refusals('dropdown.setValue("A");', "src/obsidian/settings/settings-tab.ts")).toBe(0);
	});
});
