/** Splits a note into lines: a leading BOM is dropped and CRLF/LF both end a line, so no text keeps a `\r`. */
export function splitLines(text: string): string[] {
	return stripBom(text).split(/\r?\n/);
}

export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
