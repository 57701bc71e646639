import { slug } from "../text/fold";

/**
 * The text written for a top-level key of YAML frontmatter, before YAML reads it: `umsatz: 480.000`
 * is the float 480 to YAML but 480 000 € to the person who wrote it. Quotes are taken off, a trailing
 * comment is dropped; a block or flow value (`|`, `>`, `[`, `{`) or an empty one gives null. Among the
 * keys, the first listed that the note has wins (as `fieldValue` reads them).
 */
export function rawScalar(lines: readonly string[], keys: readonly string[]): string | null {
	const found = new Map<string, string>();
	for (const line of lines) {
		const m = /^(?:"([^"]*)"|'([^']*)'|([^\s#:"'][^:]*?))[ \t]*:(?:[ \t]+(.*))?$/.exec(line);
		if (!m) continue;
		const key = slug(m[1] ?? m[2] ?? m[3] ?? "");
		if (!found.has(key)) found.set(key, m[4] ?? "");
	}
	for (const key of keys) {
		const text = found.get(slug(key));
		if (text !== undefined) return scalarText(text);
	}
	return null;
}

function scalarText(written: string): string | null {
	const t = written.trim();
	if (t.startsWith('"')) {
		const end = /^"((?:[^"\\]|\\.)*)"/.exec(t);
		return end ? (end[1] ?? null) : null;
	}
	if (t.startsWith("'")) {
		const end = /^'((?:[^']|'')*)'/.exec(t);
		return end ? (end[1] ?? "").replace(/''/g, "'") : null;
	}
	const plain = t.replace(/(?:^|\s+)#.*$/, "").trim();
	return plain === "" || /^[|>[{&*!]/.test(plain) ? null : plain;
}
