import { isBlank, skipBlanks } from "../text/blanks";
import { BACKTICK, HASH, TILDE } from "../text/char-codes";

/**
 * Headings and code fences read by character codes: a scan meets one of them on many lines of a
 * note, and a regex match there allocates an array per line. Each agrees with the regex beside it
 * (tests hold them to it).
 */

/** `^#{1,6}[ \t]+([^]*?)[ \t#]*$`: the text of an ATX heading, or null. It may hold a lone CR, U+2028 or U+2029, as list items may. */
export function headingText(line: string): string | null {
	let level = 0;
	while (level < line.length && line.charCodeAt(level) === HASH) level++;
	if (level === 0 || level > 6 || !isBlank(line.charCodeAt(level))) return null;
	const start = skipBlanks(line, level);
	let end = line.length;
	while (end > start && (isBlank(line.charCodeAt(end - 1)) || line.charCodeAt(end - 1) === HASH)) end--;
	return line.slice(start, end);
}

/** The level of a line `headingText` accepts: its number of leading `#`. */
export function headingLevel(line: string): number {
	let level = 0;
	while (level < line.length && line.charCodeAt(level) === HASH) level++;
	return level;
}

/** `^[ \t]*(`{3,}|~{3,})`: the fence character and run length a line opens or closes with, or null. */
export function fenceRun(content: string): { char: number; length: number; end: number } | null {
	const start = skipBlanks(content);
	const char = content.charCodeAt(start);
	if (char !== BACKTICK && char !== TILDE) return null;
	let end = start;
	while (end < content.length && content.charCodeAt(end) === char) end++;
	return end - start >= 3 ? { char, length: end - start, end } : null;
}
