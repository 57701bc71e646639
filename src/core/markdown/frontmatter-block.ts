import type { LineIndex } from "../text/line-index";

/**
 * Where the frontmatter stands: a first line `---` (optionally with a language, `---js`) and a
 * closing `---` or `...`. Without a closing line there is no frontmatter, as in Obsidian.
 */
export interface FrontmatterBlock {
	/** The language after the opening dashes ("" for YAML). */
	language: string;
	/** Index of the first line after the block (the body starts here). */
	bodyStart: number;
	/** The lines between the fences. */
	lines: string[];
}

// A language starts with a letter: `----` is a thematic break, never a fence.
const OPEN = /^---([A-Za-z][\w-]*)?[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function findFrontmatter(lines: LineIndex): FrontmatterBlock | null {
	// Most notes open with other text: their first line need not be taken out.
	if (lines.firstCode(0) !== 45) return null;
	const open = OPEN.exec(lines.at(0));
	if (!open) return null;
	const inside: string[] = [];
	for (let i = 1; i < lines.length; i++) {
		const line = lines.at(i);
		if (CLOSE.test(line)) return { language: open[1] ?? "", bodyStart: i + 1, lines: inside };
		inside.push(line);
	}
	return null;
}

/** A note that opens a frontmatter (`---` on line 1) and never closes it: reported, then read as body, as Obsidian does. */
export function unclosedFrontmatter(lines: LineIndex): boolean {
	return lines.firstCode(0) === 45 && OPEN.test(lines.at(0)) && findFrontmatter(lines) === null;
}
