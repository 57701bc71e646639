import { scanNote } from "../markdown/scan";
import { LineIndex } from "../text/line-index";
import { endingNear, readNoteLines, writeNoteLines } from "../text/note-lines";

/** Where a new list line goes: under the first heading that matches, else at the end (with `heading` as a new section, or bare). */
export interface LinePlace {
	/** Heading texts the line goes under, in order of preference. */
	headings: readonly RegExp[];
	/** The heading written before the line when the note has none; null appends the line alone. */
	heading: string | null;
}

/**
 * Adds a list line under a heading, after the items already there. Only a heading outside the
 * frontmatter and code counts, as in the index. Nothing else changes: BOM and each line's ending
 * stay, the new line takes the ending of the line above it. Null when the line would not be read
 * as a list item where it lands (the note ends inside code or an unclosed review section).
 */
export function insertUnderHeading(note: string, line: string, place: LinePlace): string | null {
	const scanned = scanNote(new LineIndex(note));
	let at = -1;
	for (const pattern of place.headings) if (at < 0) at = scanned.headings.findIndex((h) => pattern.test(h.text.trim()));
	const lines = readNoteLines(note);
	const found = scanned.headings[at];
	if (!found) {
		const eol = endingNear(lines, lines.lines.length - 1);
		const appended = appendAtEnd(note, lines.lines, {
			text: place.heading === null ? line : `${place.heading}${eol}${eol}${line}`,
			eol,
			section: place.heading !== null,
		});
		const last = new LineIndex(appended);
		return scanNote(last).items.some((item) => item.index === last.length - 2) ? appended : null;
	}
	const end = scanned.headings[at + 1]?.index ?? lines.lines.length;
	let after = found.index;
	for (const item of scanned.items) if (item.index > after && item.index < end) after = item.index;
	const eol = endingNear(lines, after);
	// The line after which it goes keeps its own ending; at the end of a note without a final ending, the new line has none either.
	const ending = lines.endings[after] ?? "";
	lines.endings[after] = ending || eol;
	lines.lines.splice(after + 1, 0, line);
	lines.endings.splice(after + 1, 0, ending);
	return writeNoteLines(lines);
}

/** Text at the end, on a line of its own (a new section set off by a blank line); the note's text stays as it is. */
function appendAtEnd(note: string, lines: readonly string[], { text, eol, section }: { text: string; eol: string; section: boolean }): string {
	if (lines.length === 1 && lines[0] === "") return `${note}${text}${eol}`;
	// A note ending in a line break has an empty last "line"; the one before it is the last written.
	const ended = lines[lines.length - 1] === "";
	const last = lines[lines.length - (ended ? 2 : 1)] ?? "";
	const blank = section && last.trim() !== "" ? eol : "";
	return `${note}${ended ? "" : eol}${blank}${text}${eol}`;
}
