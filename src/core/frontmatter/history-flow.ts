import type { KeyLines } from "./key-lines";
import { spliceLines, type NoteLines } from "./note-lines";
import { entryKeys, flowEntry, type PhaseChange } from "./history-entry";
import { closingBracket, yamlScalar } from "./yaml-text";

/**
 * Appends to a flow history (`[ {phase: A, datum: …}, … ]` or `{A: 2025-01-01}`), on one line or many,
 * before its closing bracket; every entry already there stays as written. Null where it cannot.
 */
export function appendFlow(n: NoteLines, at: KeyLines, masked: string, change: PhaseChange, repeated: boolean): NoteLines | null {
	const text = n.lines.slice(at.line, at.end).join("\n");
	const open = masked.slice(at.valueStart).search(/\S/) + at.valueStart;
	const close = closingBracket(masked, open);
	if (close < 0 || masked.slice(close + 1).trim() !== "") return null;
	const isMap = masked[open] === "{";
	if (isMap && (repeated || change.reason)) return null;
	const entry = isMap ? `${yamlScalar(change.phase)}: ${change.date}` : flowEntry(change, entryKeys(text.slice(open, close)));
	let last = close - 1;
	while (last > open && /\s/.test(masked[last] as string)) last--;
	const pos = (offset: number) => {
		const line = text.slice(0, offset).split("\n").length - 1;
		return { line: at.line + line, col: offset - (text.lastIndexOf("\n", offset - 1) + 1) };
	};
	const after = pos(last + 1);
	const edit = (insert: string) => {
		const line = n.lines[after.line] ?? "";
		return spliceLines(n, after.line, 1, [line.slice(0, after.col) + insert + line.slice(after.col)]);
	};
	if (last === open) return edit(entry);
	if (masked[last] === ",") return edit(` ${entry}`);
	if (pos(close).line === after.line) return edit(`, ${entry}`);
	// The bracket closes on a later line: the entry goes on its own line, indented like the one before.
	const indent = /^\s*/.exec(n.lines[after.line] ?? "")?.[0] || "  ";
	return spliceLines(edit(","), after.line + 1, 0, [`${indent}${entry}`]);
}
