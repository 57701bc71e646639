/**
 * Adds an activity line under the note's activities heading (`## Aktivitäten`, any level, also
 * "Activities"), after the items already there; the heading is appended when missing. Line endings kept.
 */
const HEADING = /^#{1,6}\s+(aktivitäten|aktivitaeten|activities)\s*$/i;

export function addActivityLine(note: string, line: string, heading = "Aktivitäten"): string {
	const eol = note.includes("\r\n") ? "\r\n" : "\n";
	const lines = note.split(/\r?\n/);
	const at = lines.findIndex((l) => HEADING.test(l.trim()));
	if (at < 0) {
		const trimmed = note.replace(/(\r?\n)+$/, "");
		return `${trimmed}${trimmed ? `${eol}${eol}` : ""}## ${heading}${eol}${eol}${line}${eol}`;
	}
	let insert = at + 1;
	for (let i = at + 1; i < lines.length && !/^#{1,6}\s/.test(lines[i] ?? ""); i++) if (/^\s*(?:[-*+]|\d+[.)])\s/.test(lines[i] ?? "")) insert = i + 1;
	lines.splice(insert, 0, line);
	return lines.join(eol);
}
