import type { LineIndex } from "../text/line-index";

/**
 * The daily review, inserted into a daily note, stands between these markers (Obsidian comments,
 * invisible when reading). Its lines link customers but are not activities, so scanning skips them.
 */
export const REVIEW_START = "%% kundendossier-review:start %%";
export const REVIEW_END = "%% kundendossier-review:end %%";

/** Lines of an inserted review, markers included: Obsidian lists their items, but they are no activities. */
export function reviewLines(lines: LineIndex): Set<number> {
	const inside = new Set<number>();
	// Almost no note holds a review: one search of the whole text spares looking at each line.
	if (!lines.mayHold(REVIEW_START)) return inside;
	let open = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines.at(i);
		// Almost no line holds a marker: a substring test spares trimming every line of every note.
		if (!open && !line.includes(REVIEW_START)) continue;
		const t = line.trim();
		if (t === REVIEW_START) open = true;
		if (open) inside.add(i);
		if (t === REVIEW_END) open = false;
	}
	return inside;
}
