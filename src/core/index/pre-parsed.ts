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
	const headings = inLineOrder(meta.headings.map((h) => ({ index: h.line, level: h.level ?? 1, text: h.text })));
	const order = inLineOrder(meta.listLines.map((line, i) => ({ index: line, parent: meta.listParents?.[i] ?? -1 })));
	const items: ScannedItem[] = [];
	let heading = -1;
	const generated = reviewLines(lines);
	for (const { index, parent } of order) {
		if (generated.size > 0 && generated.has(index)) continue;
		while (heading + 1 < headings.length && (headings[heading + 1]?.index ?? Infinity) < index) heading++;
		const line = lines.at(index);
		const content = unquoted(line);
		const item = parseListItem(content);
		if (!item) continue;
		items.push({ checkbox: item.checkbox, text: item.text, index, raw: line, heading, parent: parentOf(lines, items, parent, index, content) });
	}
	return { frontmatter, headings, items };
}

/** Obsidian hands them over in line order; sorted only when they are not. */
function inLineOrder<T extends { index: number }>(list: T[]): T[] {
	for (let i = 1; i < list.length; i++) if ((list[i - 1] as T).index > (list[i] as T).index) return list.sort((a, b) => a.index - b.index);
	return list;
}

/**
 * Obsidian gives a top-level item minus its list's first line, which is 0 for a list on line 0, so a
 * parent counts only when it stands above and is indented less.
 */
function parentOf(lines: LineIndex, items: readonly ScannedItem[], parent: number, index: number, content: string): number {
	if (parent < 0 || parent >= index) return -1;
	const at = itemAtLine(items, parent);
	if (at < 0 || indentOf(unquoted(lines.at(parent))) >= indentOf(content)) return -1;
	return at;
}

/** The item on `line` among items in line order (binary search), or -1. */
function itemAtLine(items: readonly ScannedItem[], line: number): number {
	let [lo, hi] = [0, items.length - 1];
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const at = (items[mid] as ScannedItem).index;
		if (at === line) return mid;
		if (at < line) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

function unquoted(line: string): string {
	// Most lines hold no ">" at all: no trimmed copy for them.
	return line.includes(">") && line.trimStart().startsWith(">") ? withoutQuote(line) : line;
}
