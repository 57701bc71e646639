import { slug } from "../text/fold";
import { refuse, readData, verified, type FrontmatterEdit } from "./edit-result";
import { keysNamed, type KeyLines } from "./key-lines";
import { addFrontmatter, readNote, spliceLines, writeNote, type NoteLines } from "./note-lines";
import type { FrontmatterData, YamlLoader } from "./parse";
import { commentStart, hasAnchorOrAlias, maskYaml, yamlScalar } from "./yaml-text";

export { yamlScalar } from "./yaml-text";
export type { FrontmatterEdit, FrontmatterRefusal } from "./edit-result";

/**
 * Edits of top-level frontmatter keys on the note's text, line by line, so everything the edit does not
 * own stays as written: other keys, their order, comments, quoting, BOM and each line's ending.
 * (Obsidian's processFrontMatter re-serialises the whole block and drops comments.) Where the text
 * cannot be edited safely the edit is refused, never rewritten from a parse.
 */

/** The key's one place in the note (null when it is missing), or why it cannot be edited. */
export function ownedKey(n: NoteLines, aliases: readonly string[]): KeyLines | null | FrontmatterEdit {
	const found = keysNamed(n, aliases);
	if (found.length > 1) return refuse("duplicate");
	const at = found[0];
	if (!at) return null;
	const masked = maskYaml(n.lines.slice(at.line, at.end).join("\n"));
	if (masked === null) return refuse("shape");
	return hasAnchorOrAlias(masked.slice(at.valueStart)) ? refuse("alias") : at;
}

export const isRefusal = (x: unknown): x is FrontmatterEdit => typeof x === "object" && x !== null && "ok" in x;

/**
 * Sets a key to a scalar: its line says `key: value`, a comment on it stays, lines that continued the old
 * value go (comment lines among them stay). A missing key is added before the closing fence.
 */
export function putScalar(n: NoteLines, at: KeyLines | null, name: string, value: string): NoteLines {
	if (n.close === -1) return addFrontmatter(n, [`${name}: ${yamlScalar(value)}`]);
	if (!at) return spliceLines(n, n.close as number, 0, [`${name}: ${yamlScalar(value)}`]);
	const line = n.lines[at.line] ?? "";
	let edited = spliceLines(n, at.line, 1, [`${at.written}: ${yamlScalar(value)}${line.slice(commentStart(line))}`]);
	for (let i = at.end - 1; i > at.line; i--) if (!/^\s*(#.*)?$/.test(edited.lines[i] ?? "")) edited = spliceLines(edited, i, 1, []);
	return edited;
}

/** The value of a field read back from parsed data, by any of its keys. */
export function valueOf(data: FrontmatterData, aliases: readonly string[]): unknown {
	const wanted = new Set(aliases.map(slug));
	return Object.entries(data).find(([k]) => wanted.has(slug(k)))?.[1];
}

/** Sets one scalar key, or says why not. */
export function setScalar(note: string, aliases: readonly string[], value: string, yaml: YamlLoader): FrontmatterEdit {
	const n = readNote(note);
	if (n.close === null) return refuse("no-frontmatter");
	const before = readData(note, yaml);
	if (!before) return refuse("yaml-error");
	const at = ownedKey(n, aliases);
	if (isRefusal(at)) return at;
	const after = writeNote(putScalar(n, at, aliases[0] ?? "", value));
	return verified(before, after, aliases, yaml, (data) => valueOf(data, aliases) === value);
}
