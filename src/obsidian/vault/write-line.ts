import { MarkdownView, Notice, TFile, type App, type Editor } from "obsidian";
import { applyLineEdit, type EditRefusal, type ReadLine } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";

/** One line the index read, and where: a write checks the note still has it. */
export interface IndexedLine extends ReadLine {
	path: string;
}

/**
 * Changes one line of a note (or puts several in its place), once, and only if it still says what was
 * indexed. When the note is open, through its editor, so the change joins the undo history; otherwise
 * through Vault.process, which re-checks atomically. A refusal leaves the note untouched and says why in a notice.
 */
export async function writeLine(app: App, target: IndexedLine, edit: (raw: string) => string | readonly string[] | null, ui: UiStrings): Promise<boolean> {
	const file = app.vault.getAbstractFileByPath(target.path);
	if (!(file instanceof TFile)) return refuse("missing", ui);

	const editor = openEditor(app, target.path);
	if (editor) {
		const result = applyLineEdit(editor.getValue(), target, edit);
		if (!result.ok) return refuse(result.reason, ui);
		// Only the changed line goes through the editor, without its ending, so undo, cursor and every
		// line ending stay as they were. The editor must count lines as the text does (a lone CR may not).
		const index = result.line - 1;
		if (editor.getLine(index) !== target.raw) return refuse("changed", ui);
		editor.replaceRange(result.next, { line: index, ch: 0 }, { line: index, ch: target.raw.length });
		return true;
	}

	// Check first without writing, so a refused edit never touches the file.
	const before = applyLineEdit(await app.vault.read(file), target, edit);
	if (!before.ok) return refuse(before.reason, ui);
	let refusal: EditRefusal | null = null;
	await app.vault.process(file, (text) => {
		const result = applyLineEdit(text, target, edit);
		if (result.ok) return result.text;
		refusal = result.reason;
		return text;
	});
	return refusal === null ? true : refuse(refusal, ui);
}

/** The editor of the note when it is open in a Markdown view: a write there joins its undo history. */
export function openEditor(app: App, path: string): Editor | null {
	const view = app.workspace
		.getLeavesOfType("markdown")
		.map((leaf) => leaf.view)
		.find((v): v is MarkdownView => v instanceof MarkdownView && v.file?.path === path);
	return view?.editor ?? null;
}

function refuse(reason: EditRefusal | "missing", ui: UiStrings): false {
	new Notice(ui.tasks.refused[reason]);
	return false;
}
