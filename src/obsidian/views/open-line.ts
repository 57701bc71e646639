import { MarkdownView, TFile, type App } from "obsidian";

/** Opens a note at a 1-based line, scrolls it into view and selects the line so the eye finds it. */
export async function openLine(app: App, path: string, line: number): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file, { eState: { line: line - 1 } });
	const view = leaf.view;
	if (view instanceof MarkdownView) {
		const editor = view.editor;
		const from = { line: line - 1, ch: 0 };
		const to = { line: line - 1, ch: editor.getLine(line - 1).length };
		editor.setSelection(from, to);
		editor.scrollIntoView({ from, to }, true);
	}
}
