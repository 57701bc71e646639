// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { lastModal, MarkdownView, type Modal } from "../fake/obsidian";
import type { FakeApp } from "../fake/app";
import { VAULT } from "../fixture-vault";
import { context, loadPlugin } from "../harness";

type Runnable = { callback: () => void };
const flush = async () => {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** Opens `path` in a markdown view whose editor records each replaceRange; the editor, not the plugin, would save it. */
function openInEditor(app: FakeApp, path: string): Array<[string, number, number]> {
	const note = app.vault.text(app.file(path));
	const replaced: Array<[string, number, number]> = [];
	const offsetToPos = (offset: number) => ({ line: note.slice(0, offset).split("\n").length - 1, ch: offset - note.lastIndexOf("\n", offset - 1) - 1 });
	const editor = {
		getValue: () => note,
		offsetToPos,
		replaceRange: (text: string, from: { line: number }, to: { line: number }) => void replaced.push([text, from.line, to.line]),
	};
	const view = Object.assign(new MarkdownView(), { file: app.file(path), editor, containerEl: document.createElement("div"), getViewType: () => "markdown" });
	app.workspace.leaves.push({ app, view: view as never, openFile: async () => {}, setViewState: async () => {} });
	return replaced;
}

describe("writes to an open note go through its editor, so Ctrl+Z undoes them", () => {
	it("add activity: only what changes, into the editor", async () => {
		const path = "Kunden/Schulz Druck.md";
		const { app, plugin } = await loadPlugin(VAULT);
		const before = app.vault.text(app.file(path));
		const replaced = openInEditor(app, path);
		app.workspace.openNote(app.file(path));
		(plugin.commands.find((c) => c.id === "add-activity") as unknown as Runnable).callback();
		const modal = lastModal as Modal;
		const input = modal.contentEl.querySelector("input") as HTMLInputElement;
		input.value = "Herrn Schulz am 3.12. die Muster zeigen";
		input.dispatchEvent(new Event("change"));
		modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		expect(replaced).toHaveLength(1);
		expect(replaced[0]?.[0]).toMatch(/\n- \[ \] Herrn Schulz am 3\.12\. die Muster zeigen 📅 \d{4}-12-03\n$/);
		expect(app.vault.text(app.file(path))).toBe(before);
	});

	it("insert daily review: the review section, into the editor", async () => {
		const { app, plugin } = await loadPlugin(
			{ ...VAULT, "Tagesnotizen/2026-11-23.md": "# Montag\n" },
			{ dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false },
		);
		const path = `Tagesnotizen/${context(plugin).index.current.today}.md`;
		const replaced = openInEditor(app, path);
		(plugin.commands.find((c) => c.id === "insert-daily-review") as unknown as Runnable).callback();
		await flush();
		expect(replaced).toHaveLength(1);
		expect(replaced[0]?.[0]).toContain("%% kundendossier-review:start %%");
		expect(app.vault.text(app.file(path))).toBe("# Montag\n");
	});
});
