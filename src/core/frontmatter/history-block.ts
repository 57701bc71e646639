import type { KeyLines } from "./key-lines";
import { spliceLines, type NoteLines } from "./note-lines";
import { entryKeys, entryPairs, isEntryKey, type PhaseChange } from "./history-entry";
import { commentStart, yamlScalar } from "./yaml-text";

const significant = (line: string) => !/^\s*(#.*)?$/.test(line);

/**
 * Appends to a block history under its key: a list (indented or compact, as PyYAML writes it) gets an
 * entry in the form and indentation of its first one; a map (`Gelegenheit: 2025-03-10`) gets a line
 * while the phase is new there, else is written out as a list line by line. Null where it cannot.
 */
export function appendBlock(n: NoteLines, at: KeyLines, change: PhaseChange, repeated: boolean): NoteLines | null {
	const body = n.lines.slice(at.line + 1, at.end);
	const first = body.find(significant);
	if (first === undefined) return spliceLines(n, at.end, 0, listEntry(change, NEW_LIST));
	const item = /^(\s*)-(\s+)(.*)$/.exec(first);
	if (item) {
		const [, indent = "", gap = " ", content = ""] = item;
		const firstKey = /^([^\s:{}[\]]+)\s*:(\s|$)/.exec(content)?.[1];
		const style = content.startsWith("{")
			? "flow"
			: firstKey !== undefined
				? isEntryKey(firstKey)
					? "map"
					: "pair"
				: /^["']?\d/.test(content)
					? "date-first"
					: "phase-first";
		const start = body.indexOf(first);
		const next = body.findIndex((l, i) => i > start && l.startsWith(`${indent}-`));
		const firstItem = body.slice(start, next < 0 ? body.length : next);
		return spliceLines(n, at.end, 0, listEntry(change, { indent, gap, style, keys: entryKeys(firstItem.join("\n")) }));
	}
	const pair = /^(\s+)\S/.exec(first);
	if (!pair || !body.every((l) => !significant(l) || mapLine(l))) return null;
	const indent = pair[1] as string;
	if (!repeated && !change.reason) return spliceLines(n, at.end, 0, [`${indent}${yamlScalar(change.phase)}: ${change.date}`]);
	// A phase twice cannot be a map: each `Phase: Datum` line becomes a list entry, as written.
	let edited = n;
	for (let i = at.end - 1; i > at.line; i--) {
		const m = mapLine(edited.lines[i] ?? "");
		if (m) edited = spliceLines(edited, i, 1, [`${indent}- phase: ${m.key}`, `${indent}  datum: ${m.value}`]);
	}
	const end = at.end + body.filter(significant).length;
	return spliceLines(edited, end, 0, listEntry(change, { ...NEW_LIST, indent }));
}

/** A map line `  Phase: 2025-03-10 # comment` with a one-line value; the comment stays with the value. */
function mapLine(line: string): { key: string; value: string } | null {
	const m = /^\s+("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'[\]{},&*!|>%@`?-][^:]*?)\s*:\s+(\S.*)$/.exec(line);
	if (!m) return null;
	const value = m[2] as string;
	const plain = value.slice(0, commentStart(value)).trim();
	return /^[[{|>&*!]/.test(plain) || plain === "" ? null : { key: m[1] as string, value };
}

/** How the list's entries are written: indentation before the dash, the space after it, the form, the keys of a map entry. */
interface ListForm {
	indent: string;
	gap: string;
	style: string;
	keys: { phase: string; date: string };
}

/** A new list: map entries under `phase` and `datum`, indented two spaces. */
const NEW_LIST: ListForm = { indent: "  ", gap: " ", style: "map", keys: { phase: "phase", date: "datum" } };

function listEntry(change: PhaseChange, { indent, gap, style, keys }: ListForm): string[] {
	const dash = `${indent}-${gap}`;
	if (!change.reason && style === "pair") return [`${dash}${yamlScalar(change.phase)}: ${change.date}`];
	const plain = yamlScalar(change.phase) === change.phase;
	if (!change.reason && plain && style === "date-first") return [`${dash}${change.date} ${change.phase}`];
	if (!change.reason && plain && style === "phase-first") return [`${dash}${change.phase} ${change.date}`];
	const pairs = entryPairs(change, keys);
	if (style === "flow") return [`${dash}{${pairs.join(", ")}}`];
	const cont = " ".repeat(dash.length);
	return pairs.map((p, i) => (i === 0 ? dash : cont) + p);
}
