// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { firstBodyLine } from "../../src/obsidian/commands/insert-dossier-block";
import { MarkdownView } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { loadPlugin } from "./harness";

/** An editor over a string, with the two calls the command makes. */
function fakeEditor(text: string) {
	let value = text;
	return {
		getValue: () => value,
		replaceRange(insert: string, at: { line: number; ch: number }) {
			const lines = value.split("\n");
			lines.splice(at.line, 0, ...insert.replace(/\n$/, "").split("\n"));
			value = lines.join("\n");
		},
	};
}

type Check = (checking: boolean, editor: unknown, view: unknown) => boolean;

describe("insert dossier block", () => {
	it("is offered only in customer notes, and inserts the block below the frontmatter once", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		const command = plugin.commands.find((c) => c.id === "insert-dossier-block") as unknown as { editorCheckCallback: Check };
		const view = (path: string) => Object.assign(new MarkdownView(), { file: app.file(path) });

		expect(command.editorCheckCallback(true, fakeEditor(""), view("Notizen/Ideen.md"))).toBe(false);
		const path = "Kunden/Schulz Druck.md";
		const editor = fakeEditor(VAULT[path] as string);
		expect(command.editorCheckCallback(true, editor, view(path))).toBe(true);
		command.editorCheckCallback(false, editor, view(path));
		command.editorCheckCallback(false, editor, view(path));
		expect(editor.getValue().split("\n").slice(6, 9)).toEqual(["```kundendossier", "```", "- [ ] Auf Entscheidung warten"]);
		expect(editor.getValue().match(/```kundendossier/g)).toHaveLength(1);
	});

	it("finds the first line after the frontmatter", () => {
		expect(firstBodyLine("---\na: 1\n---\n# x")).toBe(3);
		expect(firstBodyLine("# ohne Frontmatter")).toBe(0);
		expect(firstBodyLine("---\nnicht geschlossen")).toBe(0);
	});
});
