import { plainText } from "./plain-text";

/** A TEXT value (RFC 5545 3.3.11): backslash, `;` and `,` escaped, line breaks as `\n`. */
export function icsText(text: string): string {
	return plainText(text).replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

const MAX_OCTETS = 75;

/**
 * A content line folded as RFC 5545 3.1 asks: at most 75 octets of UTF-8 per line, the next line
 * starting with one space (which counts), never inside a character. The lines end with CRLF.
 */
export function foldLine(line: string): string {
	let out = "";
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0) as number);
		if (octets + size > MAX_OCTETS) {
			out += "\r\n ";
			octets = 1;
		}
		out += char;
		octets += size;
	}
	return `${out}\r\n`;
}

function utf8Length(code: number): number {
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
