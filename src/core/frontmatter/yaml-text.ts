/**
 * Reading YAML text without parsing it: where quotes, comments and brackets stand, so an edit can
 * change a value and leave a comment, or find the end of a flow list that spans lines.
 */

/**
 * The text with quoted scalars as `x` and comments as spaces, same length and line breaks, so
 * brackets, `#` and `&`/`*` can be looked for directly. Null for an unclosed quote.
 */
export function maskYaml(text: string): string | null {
	let out = "";
	let quote: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		if (c === "\n") {
			out += c;
			continue;
		}
		if (quote === '"') {
			if (c === "\\" && text[i + 1] !== "\n") {
				out += "xx";
				i++;
				continue;
			}
			if (c === '"') quote = null;
			out += "x";
		} else if (quote === "'") {
			if (c === "'" && text[i + 1] === "'") {
				out += "xx";
				i++;
				continue;
			}
			if (c === "'") quote = null;
			out += "x";
		} else if (c === "#" && (i === 0 || /\s/.test(text[i - 1] as string))) {
			const stop = text.indexOf("\n", i);
			const end = stop < 0 ? text.length : stop;
			out += " ".repeat(end - i);
			i = end - 1;
		} else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1] as string))) {
			quote = c;
			out += "x";
		} else out += c;
	}
	return quote === null ? out : null;
}

/** Where a comment starts on a line (with the blanks before it), or the line's length. */
export function commentStart(line: string): number {
	const masked = maskYaml(line) ?? line;
	const end = masked.trimEnd().length;
	return end < line.length && line.slice(end).trimStart().startsWith("#") ? end : line.length;
}

/** An anchor (`&a`) or alias (`*a`) outside quotes and comments: an edit there could change another key. */
export function hasAnchorOrAlias(masked: string): boolean {
	return /(^|[\s[{,])[&*][^\s,\]}]/.test(masked);
}

/** A YAML scalar: plain where plain is safe (also inside a flow list), else double-quoted. */
export function yamlScalar(value: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
	const plain =
		/^[\p{L}](?:[\p{L}\p{N} ._/&()-]*[\p{L}\p{N}._/&()-])?$/u.test(value) && !/^(true|false|yes|no|on|off|null|y|n|~)$/i.test(value) && !/:\s|\s#/.test(value);
	return plain ? value : JSON.stringify(value);
}

/** The index of the bracket closing the one at `open` in masked text, or -1. */
export function closingBracket(masked: string, open: number): number {
	let depth = 0;
	for (let i = open; i < masked.length; i++) {
		const c = masked[i];
		if (c === "[" || c === "{") depth++;
		else if (c === "]" || c === "}") {
			depth--;
			if (depth === 0) return i;
		}
	}
	return -1;
}
