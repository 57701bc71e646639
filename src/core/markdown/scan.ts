import { isBlank, skipBlanks } from "../text/blanks";
import type { LineIndex } from "../text/line-index";
import { findFrontmatter, type FrontmatterBlock } from "./frontmatter-block";
import { fenceAfter, type OpenFence } from "./code-fence";
import { reviewLines } from "./generated-section";
import { headingLevel, headingText } from "./line-structure";
import { ListNesting, indentOf } from "./list-nesting";
import { parseListItem, withoutQuote, type ListItemLine } from "./list-item";
import { BACKTICK, GREATER_THAN, HASH, TILDE } from "../text/char-codes";

export interface ScannedItem extends ListItemLine {
	/** 0-based index into the note's lines. */
	index: number;
	/** The whole line as written. */
	raw: string;
	/** Index of the heading this item stands under (into `headings`), or -1. */
	heading: number;
	/** Index of its parent item (into `items`), or -1 at the top of a list. */
	parent: number;
}

export interface ScannedHeading {
	index: number;
	/** 1 to 6: `#` to `######`. */
	level: number;
	text: string;
}

export interface ScannedNote {
	frontmatter: FrontmatterBlock | null;
	headings: ScannedHeading[];
	items: ScannedItem[];
}

/** Character codes that can start a structure: ` ~ # - * + > and digits. */
const STARTS = new Uint8Array(128);
for (const c of "`~#-*+>0123456789") STARTS[c.charCodeAt(0)] = 1;

/**
 * One pass over a note's lines: skips the frontmatter, fenced code (also inside blockquotes) and an
 * inserted review section, collects headings (with their level) and list items (with their parent
 * item, by indentation). Prose is never an item.
 */
export function scanNote(lines: LineIndex, frontmatter = findFrontmatter(lines)): ScannedNote {
	const headings: ScannedHeading[] = [];
	const items: ScannedItem[] = [];
	const nesting = new ListNesting();
	let blankBefore = false;
	let fence: OpenFence | null = null;
	// The review's lines are known before the scan: its markers pair up across the whole note.
	const review = reviewLines(lines, frontmatter);
	for (let i = frontmatter?.bodyStart ?? 0; i < lines.length; i++) {
		// Most lines are prose: a first character that starts no structure ends the work at once.
		const code = lines.firstCode(i);
		const blank = blankBefore;
		blankBefore = Number.isNaN(code); // a blank line
		// Beyond ASCII (a no-break space, say) the line is looked at closely; it is rare.
		if (fence === null && !(code >= 128 || STARTS[code] === 1)) {
			// A paragraph at the margin after a blank line ends the list (CommonMark).
			if (blank && !blankBefore && !isBlank(lines.at(i).charCodeAt(0))) nesting.end();
			continue;
		}
		if (review.size > 0 && review.has(i)) continue;
		// Inside code only a fence line can end it (also in a callout): other lines need not be taken out.
		if (fence !== null && code !== BACKTICK && code !== TILDE && code !== GREATER_THAN) continue;
		const line = lines.at(i);
		const content = code === GREATER_THAN ? withoutQuote(line) : line;
		const first = content.charCodeAt(skipBlanks(content));
		if (fence !== null || first === BACKTICK || first === TILDE) {
			const open = fence !== null;
			fence = fenceAfter(fence, content);
			if (open || fence !== null) continue;
		}
		const heading = first === HASH && content === line ? headingText(line) : null;
		if (heading !== null) {
			headings.push({ index: i, level: headingLevel(line), text: heading });
			nesting.end();
			continue;
		}
		const item = parseListItem(content);
		if (item) {
			const parent = nesting.place(indentOf(content), items.length);
			items.push({ checkbox: item.checkbox, text: item.text, index: i, raw: line, heading: headings.length - 1, parent });
		}
	}
	return { frontmatter, headings, items };
}
