import { BOM, CR } from "./char-codes";
/** Splits a note into lines: a leading BOM is dropped and CRLF/LF both end a line, so no text keeps a `\r`. */
export function splitLines(text: string): string[] {
	const lines = stripBom(text).split("\n");
	// A plain split is much cheaper than /\r?\n/; only notes with CRLF need the second pass.
	if (text.includes("\r")) {
		// The last line ends the text, not a CRLF: a lone `\r` there stays, as it does elsewhere in a line.
		for (let i = 0; i < lines.length - 1; i++) {
			const line = lines[i] as string;
			if (line.charCodeAt(line.length - 1) === CR) lines[i] = line.slice(0, -1);
		}
	}
	return lines;
}

export function stripBom(text: string): string {
	return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}
