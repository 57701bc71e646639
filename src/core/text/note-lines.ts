/**
 * A note's text as lines with the ending each one has (CRLF, LF, or none after the last), and its
 * BOM: a writer changes lines and puts everything else back byte for byte.
 */
export interface NoteLines {
	bom: string;
	lines: string[];
	/** `endings[i]` follows `lines[i]`; the last line's is "". */
	endings: string[];
}

export function readNoteLines(text: string): NoteLines {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	// Split with the separator captured: line, ending, line, ending, …, line.
	const parts = text.slice(bom.length).split(/(\r?\n)/);
	const lines: string[] = [];
	const endings: string[] = [];
	for (let i = 0; i < parts.length; i += 2) {
		lines.push(parts[i] ?? "");
		endings.push(parts[i + 1] ?? "");
	}
	return { bom, lines, endings };
}

export function writeNoteLines(note: NoteLines): string {
	let out = note.bom;
	for (let i = 0; i < note.lines.length; i++) out += (note.lines[i] ?? "") + (note.endings[i] ?? "");
	return out;
}

/** The line ending a new line next to line `i` takes: the nearest one above (else below), or LF. */
export function endingNear(note: NoteLines, i: number): string {
	for (let j = Math.min(i, note.endings.length - 1); j >= 0; j--) if (note.endings[j]) return note.endings[j] as string;
	for (let j = i + 1; j < note.endings.length; j++) if (note.endings[j]) return note.endings[j] as string;
	return "\n";
}
