/**
 * A list item line taken apart so an edit changes only its own part: the prefix (blockquote,
 * indentation, marker, checkbox), the text, and a trailing Obsidian block id (` ^id`) that must stay last.
 */
export interface LineParts {
	quote: string;
	indent: string;
	marker: string;
	checkbox: string | null;
	text: string;
	blockId: string;
}

const ITEM = /^((?:[ \t]{0,3}>[ \t]?)*)([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(?:\[(.)\][ \t]+)?(.*?)((?:[ \t]+\^[\w-]+)?)[ \t]*$/u;

export function splitLine(line: string): LineParts | null {
	const m = ITEM.exec(line);
	if (!m) return null;
	return { quote: m[1] ?? "", indent: m[2] ?? "", marker: m[3] ?? "-", checkbox: m[4] ?? null, text: m[5] ?? "", blockId: m[6] ?? "" };
}

export function joinLine(p: LineParts): string {
	const box = p.checkbox === null ? "" : `[${p.checkbox}] `;
	return `${p.quote}${p.indent}${p.marker} ${box}${p.text}${p.blockId}`;
}
