import { MarkdownView, type App, type TFile } from "obsidian";

/**
 * Changes a whole note once: `change` gets its text and returns the new one, or null to leave it
 * as it is. When the note is open, through its editor and only the part that differs, so undo and
 * cursor stay; otherwise through Vault.process, which hands over the text as it is at that moment.
 * False when `change` refused.
 */
export async function changeNote(app: App, file: TFile, change: (text: string) => string | null): Promise<boolean> {
	const view = app.workspace
		.getLeavesOfType("markdown")
		.map((leaf) => leaf.view)
		.find((v): v is MarkdownView => v instanceof MarkdownView && v.file?.path === file.path);
	if (view) {
		const editor = view.editor;
		const before = editor.getValue();
		const after = change(before);
		if (after === null) return false;
		const { from, to, text } = difference(before, after);
		editor.replaceRange(text, editor.offsetToPos(from), editor.offsetToPos(to));
		return true;
	}
	let refused = false;
	await app.vault.process(file, (text) => change(text) ?? ((refused = true), text));
	return !refused;
}

/** The one stretch of `before` (from..to) that `after` replaces with `text`. */
function difference(before: string, after: string): { from: number; to: number; text: string } {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}
