import { MarkdownView, Notice, TFile, type App, type Editor } from "obsidian";
import type { FrontmatterEdit } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";

/**
 * One frontmatter edit of a note, written once. When the note is open, through its editor (only the
 * changed lines, so undo and cursor stay); otherwise through Vault.process, which computes the edit
 * again on the text it holds. A refused edit writes nothing and says why in a notice.
 */
export async function editFrontmatter(app: App, path: string, edit: (text: string) => FrontmatterEdit, ui: UiStrings): Promise<boolean> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return say(ui.tasks.refused.missing);

	const view = app.workspace
		.getLeavesOfType("markdown")
		.map((leaf) => leaf.view)
		.find((v): v is MarkdownView => v instanceof MarkdownView && v.file?.path === path);
	if (view) {
		const result = edit(view.editor.getValue());
		if (!result.ok) return say(ui.frontmatter.refused[result.reason]);
		replaceChangedLines(view.editor, result.text);
		return true;
	}

	// Check first without writing, so a refused edit never touches the file.
	const first = edit(await app.vault.read(file));
	if (!first.ok) return say(ui.frontmatter.refused[first.reason]);
	let refused: FrontmatterEdit | null = null;
	await app.vault.process(file, (text) => {
		const result = edit(text);
		if (result.ok) return result.text;
		refused = result;
		return text;
	});
	const late = refused as FrontmatterEdit | null;
	return late && !late.ok ? say(ui.frontmatter.refused[late.reason]) : true;
}

/** Replaces only the lines between the first and the last that differ. */
function replaceChangedLines(editor: Editor, text: string): void {
	const before = editor.getValue().split("\n");
	const after = text.split("\n");
	let top = 0;
	while (top < before.length && top < after.length && before[top] === after[top]) top++;
	let tail = 0;
	while (tail < before.length - top && tail < after.length - top && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
	const removed = before.length - tail - top;
	const added = after.slice(top, after.length - tail);
	if (removed === 0) {
		editor.replaceRange(added.map((l) => `${l}\n`).join(""), { line: top, ch: 0 });
		return;
	}
	const last = top + removed - 1;
	editor.replaceRange(added.join("\n"), { line: top, ch: 0 }, { line: last, ch: editor.getLine(last).length });
}

function say(message: string): false {
	new Notice(message);
	return false;
}
