import { isHighSurrogate, isLowSurrogate } from "../text/surrogates";
import { isBlank, skipBlanks } from "../text/blanks";

/** A Markdown list item as the CONTRACT counts it: `-`, `*`, `+` or `1.`, with or without a checkbox. */
export interface ListItemLine {
	/** The checkbox character (" ", "x", "-", …), or null without a checkbox. */
	checkbox: string | null;
	/** The text after marker and checkbox, trimmed. */
	text: string;
}

const RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const [DIGIT_0, DIGIT_9] = ["0".charCodeAt(0), "9".charCodeAt(0)];
const BULLETS = "-*+";
const [OPEN, CLOSE] = ["[".charCodeAt(0), "]".charCodeAt(0)];

/**
 * Parses the content of a line (blockquote markers already removed): blanks, a marker (`-`, `*`, `+`,
 * or up to nine digits and `.` or `)`), blanks or the end, an optional checkbox of one character
 * (a surrogate pair counts as one) followed by blanks or the end, then the text. Read by hand, not
 * by a regular expression: every list item of a vault passes here, and a match array per item was
 * a large part of what a cold index allocates.
 */
export function parseListItem(content: string): ListItemLine | null {
	let i = skipBlanks(content);
	const bullet = i < content.length && BULLETS.includes(content.charAt(i));
	if (bullet) i++;
	else {
		const digits = i;
		while (i - digits < 10 && isDigit(content.charCodeAt(i))) i++;
		const marker = content.charAt(i);
		if (i === digits || i - digits > 9 || (marker !== "." && marker !== ")")) return null;
		i++;
	}
	if (i < content.length && !isBlank(content.charCodeAt(i))) return null;
	// `- - -` and `***` are thematic breaks, not items.
	if (bullet && RULE.test(content)) return null;
	i = skipBlanks(content, i);
	let checkbox: string | null = null;
	if (content.charCodeAt(i) === OPEN && i + 1 < content.length) {
		const width = isHighSurrogate(content.charCodeAt(i + 1)) && isLowSurrogate(content.charCodeAt(i + 2)) ? 2 : 1;
		const after = i + 2 + width;
		if (content.charCodeAt(i + 1 + width) === CLOSE && (after === content.length || isBlank(content.charCodeAt(after)))) {
			checkbox = content.slice(i + 1, i + 1 + width);
			i = after;
		}
	}
	const text = content.slice(i).trim();
	// An empty item (a template's leftover `- [ ]`) names nothing to do.
	if (text === "") return null;
	return { checkbox, text };
}

function isDigit(code: number): boolean {
	return code >= DIGIT_0 && code <= DIGIT_9;
}

/** Removes blockquote and callout markers (`> `, `> > `) so that list items in callouts count too. */
export function withoutQuote(line: string): string {
	// Up to three spaces before the first ">" (CommonMark); a tab there makes the line indented code.
	const m = /^ {0,3}(?:>[ \t]?)+/.exec(line);
	return m ? line.slice(m[0].length) : line;
}
