import { lastModal, MarkdownView, type Modal } from "./fake/obsidian";
import type { FakeApp } from "./fake/app";
import type { LoadedPlugin } from "./harness";

/** Lets the plugin's pending promises and timers of this turn run (a command's write is a few turns deep). */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Runs a command of the plugin by id, as the command palette does. */
export function runCommand(plugin: LoadedPlugin, id: string): void {
	(plugin.commands.find((c) => c.id === id) as unknown as { callback: () => void }).callback();
}

/** Types `text` into the open *Aktivität hinzufügen* window, as the field's change event reports it. */
export function typeActivity(text: string): Modal {
	const modal = lastModal as Modal;
	const input = modal.contentEl.querySelector("input") as HTMLInputElement;
	input.value = text;
	input.dispatchEvent(new Event("change"));
	return modal;
}

/** Clicks the window's main button (Speichern, Übernehmen …). */
export function confirm(modal: Modal): void {
	modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
}

/**
 * Opens `path` in a markdown view whose editor holds the note's text and records each replaceRange as
 * [text, from line, to line]; the editor, not the plugin, would save it.
 */
export function openInEditor(app: FakeApp, path: string): Array<[string, number, number]> {
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
