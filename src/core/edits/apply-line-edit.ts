import { scanNote } from "../markdown/scan";
import { LineIndex } from "../text/line-index";
import { endingNear, readNoteLines, writeNoteLines } from "../text/note-lines";

/** A list item line as the index read it: its 1-based number, its text, and how many items of the note read the same. */
export interface ReadLine {
	line: number;
	raw: string;
	twins: number;
}

export type EditRefusal = "changed" | "ambiguous" | "not-an-item";

/**
 * `next` is what an editor puts in place of the old line: the new line without its ending, or the new
 * lines joined by the ending the note uses there.
 */
export type EditResult = { ok: true; text: string; line: number; next: string } | { ok: false; reason: EditRefusal };

/**
 * Changes one line of a note's text after checking it still says what was read. The note may have
 * changed since: the line is edited where it stands when the items reading like it are as many as
 * then; a unique line that moved (lines added above) is followed; a line that was edited or removed,
 * or whose twins grew or shrank in number, is not written. Only list items outside frontmatter and
 * code count, as in the index. Every other byte stays: BOM, each line's own ending, trailing spaces.
 */
export function applyLineEdit(fileText: string, target: ReadLine, edit: (raw: string) => string | readonly string[] | null): EditResult {
	const matches = sameItems(fileText, target.raw);
	const index = target.line - 1;
	let at: number;
	if (matches.length === target.twins && matches.includes(index)) at = index;
	else if (matches.length === 1 && target.twins === 1) at = matches[0] as number;
	else return { ok: false, reason: matches.length === 0 || matches.length < target.twins ? "changed" : "ambiguous" };
	const note = readNoteLines(fileText);
	const edited = edit(note.lines[at] ?? "");
	const lines = typeof edited === "string" ? [edited] : edited;
	if (lines === null || lines.length === 0 || lines.some((l) => /[\r\n]/.test(l))) return { ok: false, reason: "not-an-item" };
	// Added lines take the ending the note uses there; the last keeps the old line's own.
	const ending = endingNear(note, at);
	note.lines.splice(at, 1, ...lines);
	note.endings.splice(at, 0, ...lines.slice(1).map(() => ending));
	return { ok: true, text: writeNoteLines(note), line: at + 1, next: lines.join(ending) };
}

/** Indexes of the list items (outside frontmatter, code and the review) whose line is `raw`. */
function sameItems(text: string, raw: string): number[] {
	if (!text.includes(raw)) return [];
	return scanNote(new LineIndex(text))
		.items.filter((item) => item.raw === raw)
		.map((item) => item.index);
}
