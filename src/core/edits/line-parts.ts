import { isBlank } from "../text/blanks";

/**
 * A list item line taken apart so an edit changes only its own part and every other byte stays as
 * written: the lead (blockquote, indentation, marker and the blanks after it), the checkbox, the text,
 * and the tail (a trailing Obsidian block id ` ^id`, which must stay last, and trailing blanks).
 * `joinLine(splitLine(line))` gives the line back unchanged.
 */
export interface LineParts {
	lead: string;
	/** The checkbox character, or null without a checkbox. */
	checkbox: string | null;
	/** The blanks after the checkbox ("" without one). */
	gap: string;
	text: string;
	tail: string;
}

// Each quote level ends at its ">", so the pattern cannot split a run of them in more than one way.
const LEAD = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BOX = /^\[(.)\]([ \t]+)/u;

export function splitLine(line: string): LineParts | null {
	const lead = LEAD.exec(line)?.[0];
	if (lead === undefined) return null;
	const rest = line.slice(lead.length);
	const box = BOX.exec(rest);
	const body = box ? rest.slice(box[0].length) : rest;
	const end = tailStart(body);
	return { lead, checkbox: box?.[1] ?? null, gap: box?.[2] ?? "", text: body.slice(0, end), tail: body.slice(end) };
}

export function joinLine(p: LineParts): string {
	const box = p.checkbox === null ? "" : `[${p.checkbox}]${p.gap || " "}`;
	return `${p.lead}${box}${p.text}${p.tail}`;
}

/** The text without a block id at its end (` ^abc123`), as the Konkretisieren form shows it. */
export function withoutBlockId(text: string): string {
	return text.slice(0, tailStart(text)).trimEnd();
}

/** The block id of a tail (`^abc123`), or "" without one. */
export function blockIdOf(tail: string): string {
	return tail.trim();
}

/** Where trailing blanks and a block id before them begin; read from the end, so linear in the line. */
function tailStart(text: string): number {
	let end = text.length;
	while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
	let id = end;
	while (id > 0 && /[\w-]/.test(text.charAt(id - 1))) id--;
	if (id === end || id < 2 || text.charAt(id - 1) !== "^" || !isBlank(text.charCodeAt(id - 2))) return end;
	let start = id - 1;
	while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
	return start;
}
