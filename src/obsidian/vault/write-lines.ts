import { TFile, type App } from "obsidian";
import { applyLineEdits, type LineEdit } from "../../core/api";
import { openEditor } from "./write-line";

export type WriteLinesResult = { ok: true; changed: number } | { ok: false; refused: number } | { ok: false; missing: true };

/**
 * Changes several lines of one note in one write, or none: every line must still say what was indexed.
 * When the note is open, one editor transaction (one undo step); otherwise one Vault.process that
 * checks again inside. The caller says what happened.
 */
export async function writeLines(app: App, path: string, edits: readonly LineEdit[]): Promise<WriteLinesResult> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return { ok: false, missing: true };

	const editor = openEditor(app, path);
	if (editor) {
		const result = applyLineEdits(editor.getValue(), edits);
		if (!result.ok) return result;
		// The editor must count lines as the text does (a lone CR may not).
		const stale = result.changes.filter((c) => editor.getLine(c.index) !== c.raw).length;
		if (stale > 0) return { ok: false, refused: stale };
		const changes = result.changes.map((c) => ({ from: { line: c.index, ch: 0 }, to: { line: c.index, ch: c.raw.length }, text: c.next }));
		if (changes.length > 0) editor.transaction({ changes });
		return { ok: true, changed: changes.length };
	}

	// Check first without writing, so a refused edit never touches the file.
	const before = applyLineEdits(await app.vault.read(file), edits);
	if (!before.ok) return before;
	let outcome: WriteLinesResult = { ok: true, changed: before.changes.length };
	await app.vault.process(file, (text) => {
		const result = applyLineEdits(text, edits);
		outcome = result.ok ? { ok: true, changed: result.changes.length } : result;
		return result.ok ? result.text : text;
	});
	return outcome;
}
