import { findFrontmatter } from "../markdown/frontmatter-block";
import { LineIndex } from "../text/line-index";
import { readNoteLines, writeNoteLines } from "../text/note-lines";

/**
 * A note as lines, each with its own ending (LF, CRLF, or none on the last line), so an edit of a few
 * lines gives back every other byte as it was: BOM, endings, trailing spaces.
 */
export interface NoteLines {
	bom: string;
	lines: string[];
	ends: string[];
	/** Index of the closing fence; -1 when the note has no frontmatter; null when its start cannot be edited. */
	close: number | null;
}

export function readNote(note: string): NoteLines {
	const { bom, lines, endings } = readNoteLines(note);
	return { bom, lines, ends: endings, close: closingFence(note, lines) };
}

/**
 * The closing fence of a YAML frontmatter. A note that starts like a frontmatter but has none the
 * writer can use (no closing line, another language, CR-only endings) gives null: a frontmatter
 * added above it would turn the user's lines into body text.
 */
function closingFence(note: string, lines: readonly string[]): number | null {
	const block = findFrontmatter(new LineIndex(note));
	if (block) return block.language === "" ? block.bodyStart - 1 : null;
	return (lines[0] ?? "").startsWith("---") ? null : -1;
}

export function writeNote(n: NoteLines): string {
	return writeNoteLines({ bom: n.bom, lines: n.lines, endings: n.ends });
}

/**
 * Replaces `remove` lines at `at` with `added`. New lines take the ending of the last line they replace,
 * or of the line they follow; the edited note is returned, the given one stays as it was.
 */
export function spliceLines(n: NoteLines, at: number, remove: number, added: readonly string[]): NoteLines {
	const end = neighbourEnd(n, remove > 0 ? at + remove - 1 : at - 1);
	const lines = [...n.lines];
	const ends = [...n.ends];
	lines.splice(at, remove, ...added);
	ends.splice(at, remove, ...added.map(() => end));
	const shift = added.length - remove;
	const close = n.close === null || n.close < 0 ? n.close : n.close >= at ? n.close + shift : n.close;
	return { ...n, lines, ends, close };
}

/** The ending of line `i`; where it has none (the last line), the ending the note uses elsewhere. */
function neighbourEnd(n: NoteLines, i: number): string {
	const own = n.ends[i];
	if (own) return own;
	return n.ends.find((e) => e !== "") ?? "\n";
}

/** A frontmatter for a note that has none, holding `lines`. */
export function addFrontmatter(n: NoteLines, added: readonly string[]): NoteLines {
	const end = n.ends[0] || neighbourEnd(n, -1);
	return { ...n, lines: ["---", ...added, "---", ...n.lines], ends: [end, ...added.map(() => end), end, ...n.ends], close: added.length + 1 };
}
