import type { LineIndex } from "../text/line-index";
import { fenceAfter, type OpenFence } from "./code-fence";
import { findFrontmatter, type FrontmatterBlock } from "./frontmatter-block";
import { withoutQuote } from "./list-item";
import { BACKTICK, GREATER_THAN, TILDE } from "../text/char-codes";

/**
 * The daily review, inserted into a daily note, stands between these markers (Obsidian comments,
 * invisible when reading). Its lines link customers but are not activities, so scanning skips them.
 */
export const REVIEW_START = "%% kundendossier-review:start %%";
export const REVIEW_END = "%% kundendossier-review:end %%";

/** What both markers start with: a note without it holds no marker at all. */
const MARKER_PREFIX = "%% kundendossier-review:";

/** An inserted review: the 0-based lines of its start and end marker. */
export interface ReviewSection {
	start: number;
	end: number;
}

export interface ReviewMarkers {
	/** Start and end markers that pair up, in order. */
	sections: ReviewSection[];
	/** Lines of markers without a partner: ordinary text, but a writer must not guess around them. */
	unpaired: number[];
	/** Whether a fenced code block is still open at the end of the note. */
	openCode: boolean;
}

/**
 * Finds the review markers as the CONTRACT counts them: each a whole line (trimmed) outside the
 * frontmatter and fenced code; a start pairs with the next end, and a marker left without a
 * partner is ordinary text. The scanner and the inserter both use this, so they never disagree.
 */
export function reviewMarkers(lines: LineIndex, frontmatter: FrontmatterBlock | null = findFrontmatter(lines)): ReviewMarkers {
	const found: ReviewMarkers = { sections: [], unpaired: [], openCode: false };
	// Almost no note holds a marker: one search of the whole text spares looking at each line.
	const markers = lines.mayHold(MARKER_PREFIX);
	let fence: OpenFence | null = null;
	let start = -1;
	for (let i = frontmatter?.bodyStart ?? 0; i < lines.length; i++) {
		const code = lines.firstCode(i);
		// Only a fence line (also in a callout) or a marker changes anything here.
		if (code !== BACKTICK && code !== TILDE && code !== GREATER_THAN && (!markers || fence !== null || !lines.at(i).includes(MARKER_PREFIX))) continue;
		const line = lines.at(i);
		const before = fence;
		fence = fenceAfter(fence, code === GREATER_THAN ? withoutQuote(line) : line);
		if (before !== null || fence !== null) continue;
		const t = line.trim();
		if (t === REVIEW_START) {
			if (start >= 0) continue;
			start = i;
		} else if (t === REVIEW_END) {
			if (start < 0) found.unpaired.push(i);
			else found.sections.push({ start, end: i });
			start = -1;
		}
	}
	if (start >= 0) found.unpaired.push(start);
	found.unpaired.sort((a, b) => a - b);
	found.openCode = fence !== null;
	return found;
}

/** Lines of inserted reviews, markers included: Obsidian lists their items, but they are no activities. */
export function reviewLines(lines: LineIndex, frontmatter: FrontmatterBlock | null = findFrontmatter(lines)): Set<number> {
	const inside = new Set<number>();
	if (!lines.mayHold(MARKER_PREFIX)) return inside;
	for (const { start, end } of reviewMarkers(lines, frontmatter).sections) for (let i = start; i <= end; i++) inside.add(i);
	return inside;
}
