import { findFrontmatter } from "../markdown/frontmatter-block";
import type { LineIndex } from "../text/line-index";
import { reviewLines } from "../markdown/generated-section";
import { parseListItem, withoutQuote } from "../markdown/list-item";
import { mayLink, type ItemFilter, type ScannedItem, type ScannedNote } from "../markdown/scan";

/**
 * What Obsidian's metadata cache already knows about a note. With it, the index skips its own scan
 * and YAML parse: Obsidian found the list items (never in code blocks) and parsed the frontmatter.
 */
export interface PreParsed {
	/** The parsed frontmatter, or null when Obsidian could not parse it (then core parses it to name the error). */
	frontmatter: Record<string, unknown> | null;
	/** 0-based lines of list items. */
	listLines: number[];
	headings: Array<{ line: number; text: string }>;
}

export function scanFromMetadata(lines: LineIndex, meta: PreParsed, keep: ItemFilter = "all", frontmatter = findFrontmatter(lines)): ScannedNote {
	const headings = [...meta.headings].sort((a, b) => a.line - b.line).map((h) => ({ index: h.line, text: h.text }));
	const items: ScannedItem[] = [];
	let heading = -1;
	const generated = reviewLines(lines);
	for (const index of [...meta.listLines].sort((a, b) => a - b)) {
		if (generated.has(index)) continue;
		while (heading + 1 < headings.length && (headings[heading + 1]?.index ?? Infinity) < index) heading++;
		const line = lines.at(index);
		if (keep === "linked" && !mayLink(line)) continue;
		const item = parseListItem(line.trimStart().startsWith(">") ? withoutQuote(line) : line);
		if (item) items.push({ checkbox: item.checkbox, text: item.text, index, raw: line, heading });
	}
	return { frontmatter, headings, items };
}

