/**
 * The daily review, inserted into a daily note, stands between these markers (Obsidian comments,
 * invisible when reading). Its lines link customers but are not activities, so scanning skips them.
 */
export const REVIEW_START = "%% kundendossier-review:start %%";
export const REVIEW_END = "%% kundendossier-review:end %%";

/** Lines of an inserted review, markers included: Obsidian lists their items, but they are no activities. */
export function reviewLines(lines: readonly string[]): Set<number> {
	const inside = new Set<number>();
	let open = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		// Almost no line holds a marker: a substring test spares trimming every line of every note.
		if (!open && !line.includes(REVIEW_START)) continue;
		const t = line.trim();
		if (t === REVIEW_START) open = true;
		if (open) inside.add(i);
		if (t === REVIEW_END) open = false;
	}
	return inside;
}
