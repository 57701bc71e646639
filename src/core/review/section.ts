import { REVIEW_END, REVIEW_START, reviewMarkers } from "../markdown/generated-section";
import { LineIndex } from "../text/line-index";
import { BOM } from "../text/char-codes";

import type { ReviewRefusal } from "../model/reasons";

export type ReviewInsert = { ok: true; text: string } | { ok: false; reason: ReviewRefusal };

/**
 * Puts the review into a note between its markers: replaces what stands between one pair of them,
 * or appends the section when the note has none. Text outside the section is never changed; where
 * that cannot be promised, it refuses. Running it again with the same review leaves the note
 * byte-identical (sync-safe); the note's line endings and BOM are kept.
 */
export function replaceReviewSection(note: string, review: string): ReviewInsert {
	const markers = reviewMarkers(new LineIndex(note));
	if (markers.unpaired.length > 0) return { ok: false, reason: "unpaired-marker" };
	if (markers.sections.length > 1) return { ok: false, reason: "several-sections" };
	const [pair] = markers.sections;
	// A section keeps the line ending it has; a new one takes the note's.
	const next = pair ? note.indexOf("\n", lineStart(note, pair.start)) : -1;
	const eol = (pair ? note.charAt(next - 1) === "\r" : note.includes("\r\n")) ? "\r\n" : "\n";
	const section = reviewSection(review, eol);
	let text: string;
	if (pair) {
		// From the start marker to the end marker's last character: their indentation and line breaks stay.
		const from = lineStart(note, pair.start) + note.slice(lineStart(note, pair.start)).indexOf(REVIEW_START);
		const endLine = lineStart(note, pair.end);
		const to = endLine + note.slice(endLine).indexOf(REVIEW_END) + REVIEW_END.length;
		text = note.slice(0, from) + section + note.slice(to);
	} else if (markers.openCode) {
		return { ok: false, reason: "open-code-block" };
	} else if (note.trim() === "" || note === "\uFEFF") {
		text = `${note}${section}${eol}`;
	} else {
		text = `${note}${note.endsWith(eol) ? eol : `${eol}${eol}`}${section}${eol}`;
	}
	// Whatever the review holds, the note must come out with exactly this one section.
	const check = reviewMarkers(new LineIndex(text));
	if (check.unpaired.length > 0 || check.sections.length !== 1) return { ok: false, reason: "unsafe-review" };
	return { ok: true, text };
}

/**
 * The review between its markers, as inserted and as the CLI prints it: appending that output to a
 * daily note by hand gives the same section, whose lines never count as activities.
 */
export function reviewSection(review: string, eol = "\n"): string {
	const body = review.replace(/\r?\n/g, eol).replace(new RegExp(`(?:${eol})+$`), "");
	return `${REVIEW_START}${eol}${body}${eol}${REVIEW_END}`;
}

/** Where 0-based line `i` starts, counted as LineIndex counts (a leading BOM is no part of line 0). */
function lineStart(text: string, i: number): number {
	let at = text.charCodeAt(0) === BOM ? 1 : 0;
	for (let n = 0; n < i; n++) at = text.indexOf("\n", at) + 1;
	return at;
}
