import { findFrontmatter } from "../markdown/frontmatter-block";
import { slug } from "../text/fold";
import { LineIndex } from "../text/line-index";
import { splitLines } from "../text/lines";

/**
 * Edits of top-level frontmatter keys on the note's text, line by line, so everything the edit does not
 * own stays as written: other keys, their order, comments, quoting, BOM and line endings.
 * (Obsidian's processFrontMatter re-serialises the whole block and drops comments.)
 */
export interface NoteLines {
	bom: string;
	eol: string;
	lines: string[];
	/** Index of the closing fence, or -1 when the note has no frontmatter. */
	close: number;
}

export function readLines(note: string): NoteLines {
	const bom = note.startsWith("\uFEFF") ? "\uFEFF" : "";
	const eol = note.includes("\r\n") ? "\r\n" : "\n";
	const lines = splitLines(note);
	return { bom, eol, lines, close: closingFence(lines) };
}

/** The closing fence of a YAML frontmatter as the index finds it; -1 without one (or for `---js`). */
function closingFence(lines: readonly string[]): number {
	const block = findFrontmatter(new LineIndex(lines.join("\n")));
	return block && block.language === "" ? block.bodyStart - 1 : -1;
}

export function writeLines(n: NoteLines): string {
	return n.bom + n.lines.join(n.eol);
}

/** Where a top-level key (any of its aliases) stands, and where its block (indented lines) ends. */
export function findKey(n: NoteLines, keys: readonly string[]): { line: number; end: number; name: string } | null {
	const wanted = new Set(keys.map(slug));
	for (let i = 1; i < n.close; i++) {
		const m = /^([^\s#:][^:]*?)\s*:(?:\s|$)/.exec(n.lines[i] ?? "");
		const name = (m?.[1] ?? "").replace(/^["']|["']$/g, "");
		if (!m || !wanted.has(slug(name))) continue;
		// The key's block: indented or blank lines after it.
		let end = i + 1;
		while (end < n.close && /^(\s+\S|\s*$)/.test(n.lines[end] ?? "")) end++;
		while (end > i + 1 && (n.lines[end - 1] ?? "").trim() === "") end--;
		return { line: i, end, name };
	}
	return null;
}

/** A YAML scalar: plain where plain is safe, else double-quoted. */
export function yamlScalar(value: string): string {
	const plain = /^[\p{L}][\p{L}\p{N} ._/&()-]*$/u.test(value) && !/^(true|false|yes|no|on|off|null|~)$/i.test(value) && !/:\s|\s#/.test(value);
	return plain || /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value);
}

/** Replaces the block of a key with `block` lines, or inserts them before the closing fence. */
export function putKey(n: NoteLines, keys: readonly string[], block: (name: string) => string[]): NoteLines {
	const lines = [...n.lines];
	if (n.close < 0) {
		const added = block(keys[0] ?? "");
		return { ...n, lines: ["---", ...added, "---", ...lines], close: added.length + 1 };
	}
	const at = findKey(n, keys);
	const added = block(at?.name ?? keys[0] ?? "");
	if (at) lines.splice(at.line, at.end - at.line, ...added);
	else lines.splice(n.close, 0, ...added);
	return { ...n, lines, close: closingFence(lines) };
}

/** Sets one scalar key; a trailing comment on its line stays. */
export function setScalar(note: string, keys: readonly string[], value: string): string {
	const n = readLines(note);
	const at = n.close > 0 ? findKey(n, keys) : null;
	const comment = at ? (/\s+#.*$/.exec(n.lines[at.line] ?? "")?.[0] ?? "") : "";
	return writeLines(putKey(n, keys, (name) => [`${name}: ${yamlScalar(value)}${comment}`]));
}
