import { REVIEW_END, REVIEW_START } from "../markdown/generated-section";

/**
 * Puts the review into a note between its markers: replaces what stands between them, or appends the
 * section when there is none. Running it again with the same review leaves the note byte-identical
 * (sync-safe); the note's line endings and BOM are kept.
 */
export function replaceReviewSection(note: string, review: string): string {
	const eol = note.includes("\r\n") ? "\r\n" : "\n";
	const body = review.replace(/\r?\n/g, eol).replace(new RegExp(`(?:${eol})+$`), "");
	const section = `${REVIEW_START}${eol}${body}${eol}${REVIEW_END}`;
	const start = note.indexOf(REVIEW_START);
	const end = start < 0 ? -1 : note.indexOf(REVIEW_END, start);
	if (start >= 0 && end >= 0) return note.slice(0, start) + section + note.slice(end + REVIEW_END.length);
	if (note.trim() === "" || note === "\uFEFF") return `${note}${section}${eol}`;
	const separator = note.endsWith(eol) ? eol : `${eol}${eol}`;
	return `${note}${separator}${section}${eol}`;
}
