import { blockIdOf, joinLine, splitLine } from "./line-parts";

const BREAKS = /[\r\n\u2028\u2029]+/g;

/**
 * Replaces an item's text and keeps its prefix (quote, indentation, marker, checkbox) and block id.
 * The new text is one line, and a copy of the line's own block id in it is dropped: Obsidian needs
 * the id once, last.
 */
export function rewriteText(line: string, text: string): string | null {
	const parts = splitLine(line);
	const next = text.replace(BREAKS, " ").trim();
	if (!parts || !next) return null;
	const id = blockIdOf(parts.tail);
	const words = id ? next.split(/[ \t]+/).filter((w) => w !== id) : [next];
	const clean = words.join(" ").trim();
	return clean ? joinLine({ ...parts, text: clean }) : null;
}
