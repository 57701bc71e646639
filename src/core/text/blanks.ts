import { SPACE, TAB } from "./char-codes";
/** Spaces and tabs: what indents a Markdown line (other whitespace, such as a no-break space, does not). */
export function isBlank(code: number): boolean {
	return code === SPACE || code === TAB;
}

/** The first index in `text` from `from` (before `to`) that is no space or tab, or `to`. */
export function skipBlanks(text: string, from = 0, to = text.length): number {
	let at = from;
	while (at < to && isBlank(text.charCodeAt(at))) at++;
	return at;
}
