/** A Markdown list item as the CONTRACT counts it: `-`, `*`, `+` or `1.`, with or without a checkbox. */
export interface ListItemLine {
	/** The checkbox character (" ", "x", "-", …), or null without a checkbox. */
	checkbox: string | null;
	/** The text after marker and checkbox, trimmed. */
	text: string;
}

// `[^]`, not ".": a line may hold U+2028 or U+2029 (no line breaks in Markdown) or a lone CR, which
// the index leaves inside its line as the writers do (lines end at LF or CRLF, see LineIndex).
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[([^])\](?:[ \t]+|$))?([^]*)$/u;
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Parses the content of a line (blockquote markers already removed). */
export function parseListItem(content: string): ListItemLine | null {
	const m = ITEM.exec(content);
	if (!m || RULE.test(content)) return null;
	const text = (m[2] ?? "").trim();
	// An empty item (a template's leftover `- [ ]`) names nothing to do.
	if (text === "") return null;
	return { checkbox: m[1] ?? null, text };
}

/** Removes blockquote and callout markers (`> `, `> > `) so that list items in callouts count too. */
export function withoutQuote(line: string): string {
	// Up to three spaces before the first ">" (CommonMark); a tab there makes the line indented code.
	const m = /^ {0,3}(?:>[ \t]?)+/.exec(line);
	return m ? line.slice(m[0].length) : line;
}
