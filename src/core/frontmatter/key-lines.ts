import { slug } from "../text/fold";
import type { NoteLines } from "./note-lines";

/** A top-level key of the frontmatter and the lines its value takes. */
export interface KeyLines {
	/** The key's line. */
	line: number;
	/** The first line after its value (trailing blank and comment lines belong to what follows). */
	end: number;
	/** The key as written, quotes included. */
	written: string;
	/** Where the value starts on the key's line (after the colon). */
	valueStart: number;
}

// A key at the start of the line: quoted, or plain and not starting with an indicator (`- item`, `[`, `#`, …).
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'[\]{},&*!|>%@`?-][^:]*?|[-?][^\s:][^:]*?)[ \t]*:(?=[ \t]|$)/;

export function keyName(written: string): string {
	if (written.startsWith('"')) {
		try {
			return JSON.parse(written) as string;
		} catch {
			return written.slice(1, -1);
		}
	}
	return written.startsWith("'") ? written.slice(1, -1).replace(/''/g, "'") : written;
}

/**
 * Every top-level key of the frontmatter in order. A line at the left margin that is no key (`- item`
 * of a compact list, the `]` of a flow list) belongs to the value of the key above it.
 */
export function topKeys(n: NoteLines): KeyLines[] {
	const close = n.close ?? -1;
	const starts: Array<{ line: number; written: string; valueStart: number }> = [];
	for (let i = 1; i < close; i++) {
		const m = KEY.exec(n.lines[i] ?? "");
		if (m) starts.push({ line: i, written: m[1] as string, valueStart: m[0].length });
	}
	return starts.map((s, k) => {
		let end = starts[k + 1]?.line ?? close;
		while (end > s.line + 1 && /^\s*(#.*)?$/.test(n.lines[end - 1] ?? "")) end--;
		return { ...s, end };
	});
}

/** The top-level keys written under any of `aliases` (case and spelling tolerant). */
export function keysNamed(n: NoteLines, aliases: readonly string[]): KeyLines[] {
	const wanted = new Set(aliases.map(slug));
	return topKeys(n).filter((k) => wanted.has(slug(keyName(k.written))));
}
