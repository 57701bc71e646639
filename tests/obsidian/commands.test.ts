// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { confirm, runCommand, typeActivity } from "./actions";
import { firstBodyLine } from "../../src/obsidian/commands/insert-dossier-block";
import { MarkdownView, notices } from "./fake/obsidian";
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

describe("add activity", () => {
	it("writes under the real Aktivitäten heading, not a YAML comment or code, and keeps every other byte", async () => {
		const path = "Kunden/Schulz Druck.md";
		const note = "\uFEFF---\r\ntyp: kunde\r\n# Aktivitäten\r\n---\r\n```\n## Aktivitäten\n```\n## Aktivitäten\r\n- [ ] Auf Entscheidung warten\r\nText\n";
		const { app, plugin } = await loadPlugin({ ...VAULT, [path]: note });
		app.workspace.openNote(app.file(path));
		runCommand(plugin, "add-activity");
		const modal = typeActivity("Herrn Schulz am 3.12. die Muster zeigen");
		confirm(modal);
		await new Promise((r) => setTimeout(r, 0));
		const added = "- [ ] Herrn Schulz am 3.12. die Muster zeigen 📅 2026-12-03";
		expect(app.vault.text(app.file(path))).toBe(note.replace("warten\r\n", `warten\r\n${added}\r\n`));
	});

	it("refuses with a notice when the note ends inside a code block and has no heading", async () => {
		const path = "Kunden/Schulz Druck.md";
		const note = "---\ntyp: kunde\n---\n- [ ] Auf Entscheidung warten\n```\nCode ohne Ende\n";
		const { app, plugin } = await loadPlugin({ ...VAULT, [path]: note });
		app.workspace.openNote(app.file(path));
		runCommand(plugin, "add-activity");
		const modal = typeActivity("Herrn Schulz am 3.12. die Muster zeigen");
		notices.length = 0;
		confirm(modal);
		await new Promise((r) => setTimeout(r, 0));
		expect(app.vault.text(app.file(path))).toBe(note);
		expect(notices).toEqual(["Die Notiz endet in einem offenen Code-Block oder Abschnitt; eine angehängte Aktivität würde nicht gelesen. Nichts geschrieben."]);
	});
});
