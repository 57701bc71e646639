import { findFrontmatter } from "../markdown/frontmatter-block";
import type { LineIndex } from "../text/line-index";
import { reviewLines } from "../markdown/generated-section";
import { parseListItem, withoutQuote } from "../markdown/list-item";
import { indentOf } from "../markdown/list-nesting";
import type { ScannedItem, ScannedNote } from "../markdown/scan";

/**
 * What Obsidian's metadata cache already knows about a note. With it, the index skips its own scan
 * and YAML parse: Obsidian found the list items (never in code blocks) and parsed the frontmatter.
 */
export interface PreParsed {
	/** The parsed frontmatter, or null when Obsidian could not parse it (then core parses it to name the error). */
	frontmatter: Record<string, unknown> | null;
	/** 0-based lines of list items, and the line of each one's parent item (negative at the top of a list). */
	listLines: number[];
	listParents?: number[];
	headings: Array<{ line: number; text: string; level?: number }>;
}

export function scanFromMetadata(lines: LineIndex, meta: PreParsed, frontmatter = findFrontmatter(lines)): ScannedNote {
	const headings = meta.headings.map((h) => ({ index: h.line, level: h.level ?? 1, text: h.text })).sort((a, b) => a.index - b.index);
	const order = meta.listLines.map((line, i) => ({ line, parent: meta.listParents?.[i] ?? -1 })).sort((a, b) => a.line - b.line);
	const items: ScannedItem[] = [];
	const itemAtLine = new Map<number, number>();
	let heading = -1;
	const generated = reviewLines(lines);
	for (const { line: index, parent } of order) {
		if (generated.has(index)) continue;
		while (heading + 1 < headings.length && (headings[heading + 1]?.index ?? Infinity) < index) heading++;
		const line = lines.at(index);
		const item = parseListItem(unquoted(line));
		if (!item) continue;
		itemAtLine.set(index, items.length);
		items.push({ checkbox: item.checkbox, text: item.text, index, raw: line, heading, parent: parentOf(lines, index, parent, itemAtLine) });
	}
	return { frontmatter, headings, items };
}

/**
 * Obsidian gives a top-level item minus its list's first line, which is 0 for a list on line 0, so a
 * parent counts only when it stands above and is indented less.
 */
function parentOf(lines: LineIndex, index: number, parent: number, itemAtLine: ReadonlyMap<number, number>): number {
	if (parent < 0 || parent >= index) return -1;
	const at = itemAtLine.get(parent);
	if (at === undefined || indentOf(unquoted(lines.at(parent))) >= indentOf(unquoted(lines.at(index)))) return -1;
	return at;
}

function unquoted(line: string): string {
	return line.trimStart().startsWith(">") ? withoutQuote(line) : line;
}
