import { applyLineEdit, type ReadLine } from "./apply-line-edit";
import { readNoteLines, writeNoteLines } from "../text/note-lines";

/** One line to change, as the index read it, and the edit to make. */
export interface LineEdit {
	target: ReadLine;
	edit: (raw: string) => string | null;
}

/** A changed line: its 0-based index, what it said, and what it says now (without the ending). */
export interface LineChange {
	index: number;
	raw: string;
	next: string;
}

export type EditsResult = { ok: true; text: string; changes: LineChange[] } | { ok: false; refused: number };

/**
 * Changes several lines of a note in one go, or none: each line is checked against the note as it is
 * now, exactly as a single edit checks it, and when any fails (or two resolve to one line) nothing is
 * written and `refused` says how many. Every other byte stays.
 */
export function applyLineEdits(fileText: string, edits: readonly LineEdit[]): EditsResult {
	const note = readNoteLines(fileText);
	const changes = new Map<number, LineChange>();
	let refused = 0;
	for (const { target, edit } of edits) {
		const result = applyLineEdit(fileText, target, edit);
		const index = result.ok ? result.line - 1 : -1;
		if (!result.ok || changes.has(index)) refused++;
		else changes.set(index, { index, raw: note.lines[index] ?? "", next: result.next });
	}
	if (refused > 0) return { ok: false, refused };
	for (const change of changes.values()) note.lines[change.index] = change.next;
	return { ok: true, text: writeNoteLines(note), changes: [...changes.values()].sort((a, b) => a.index - b.index) };
}
