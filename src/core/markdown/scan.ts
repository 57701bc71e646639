import { findFrontmatter, type FrontmatterBlock } from "./frontmatter-block";
import { REVIEW_END, REVIEW_START } from "./generated-section";
import { parseListItem, withoutQuote, type ListItemLine } from "./list-item";

export interface ScannedItem extends ListItemLine {
	/** 0-based index into the note's lines. */
	index: number;
	/** Index of the heading this item stands under (into `headings`), or -1. */
	heading: number;
}

export interface ScannedHeading {
	index: number;
	text: string;
}

export interface ScannedNote {
	frontmatter: FrontmatterBlock | null;
	headings: ScannedHeading[];
	items: ScannedItem[];
}

const HEADING = /^#{1,6}[ \t]+(.*?)[ \t#]*$/;
const STRUCTURE = new Set(["`", "~", "#", "-", "*", "+"]);
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * One pass over a note's lines: skips the frontmatter, fenced code (also inside blockquotes) and an
 * inserted review section, collects headings and list items. Prose is never an item.
 */
export function scanNote(lines: readonly string[]): ScannedNote {
	const frontmatter = findFrontmatter(lines);
	const headings: ScannedHeading[] = [];
	const items: ScannedItem[] = [];
	let fence: string | null = null;
	let inReview = false;
	for (let i = frontmatter?.bodyStart ?? 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (inReview || line.trim() === REVIEW_START) {
			inReview = line.trim() !== REVIEW_END;
			continue;
		}
		const content = line.startsWith(">") || line.startsWith(" >") ? withoutQuote(line) : line;
		// Most lines are prose: only a first character of ` ~ # - * + or a digit can start a structure.
		const first = content.trimStart()[0];
		if (first === undefined || (fence === null && !STRUCTURE.has(first) && !(first >= "0" && first <= "9"))) continue;
		const fenceMatch = first === "`" || first === "~" ? FENCE.exec(content) : null;
		if (fence !== null) {
			if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && content.trim() === fenceMatch[1].trim()) fence = null;
			continue;
		}
		if (fenceMatch?.[1]) {
			fence = fenceMatch[1];
			continue;
		}
		const heading = first === "#" && content === line ? HEADING.exec(line) : null;
		if (heading) {
			headings.push({ index: i, text: heading[1] ?? "" });
			continue;
		}
		const item = parseListItem(content);
		if (item) items.push({ ...item, index: i, heading: headings.length - 1 });
	}
	return { frontmatter, headings, items };
}
