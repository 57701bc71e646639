import { scanNote } from "../markdown/scan";
import { LineIndex } from "../text/line-index";
import { endingNear, readNoteLines, writeNoteLines } from "./note-lines";

/** The heading activities go under (`## Aktivitäten`, any level, also "Activities"). */
const HEADING = /^(?:aktivitäten|aktivitaeten|activities)$/i;

/**
 * Adds an activity line under the note's activities heading, after the items already there. Only a
 * heading outside the frontmatter and code counts, as in the index; without one the heading is
 * appended at the end. Nothing else changes: BOM and each line's ending stay, the new line takes
 * the ending of the line above it. Null when the note ends inside code (or an unclosed review
 * section), where an appended line would be no activity.
 */
export function addActivityLine(note: string, line: string, heading = "Aktivitäten"): string | null {
	const scanned = scanNote(new LineIndex(note));
	const at = scanned.headings.findIndex((h) => HEADING.test(h.text.trim()));
	const lines = readNoteLines(note);
	const found = scanned.headings[at];
	if (!found) {
		const appended = appendSection(note, lines.lines, endingNear(lines, lines.lines.length - 1), `## ${heading}`, line);
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

/** A new section at the end, set off by a blank line; the note's text stays as it is. */
function appendSection(note: string, lines: readonly string[], eol: string, heading: string, line: string): string {
	const section = `${heading}${eol}${eol}${line}${eol}`;
	if (lines.length === 1 && lines[0] === "") return note + section;
	// A note ending in a line break has an empty last "line"; the one before it is the last written.
	const ended = lines[lines.length - 1] === "";
	const last = lines[lines.length - (ended ? 2 : 1)] ?? "";
	return `${note}${ended ? "" : eol}${last.trim() === "" ? "" : eol}${section}`;
}
