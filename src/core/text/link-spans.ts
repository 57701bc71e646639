import { forward, isSpace, nextOf } from "./forward";
import { BANG, CLOSE_BRACKET, CLOSE_PAREN, DOUBLE_QUOTE, LESS_THAN, OPEN_PAREN } from "./char-codes";

/**
 * Wikilinks and Markdown links found by loops instead of regular expressions: a pattern like
 * `\[([^\]]*)\]` retried at every "[" of a line that never closes it reads the rest of the line
 * each time, which is quadratic in the line's length. Each function gives the matches its regex beside
 * it gives, and reads every character a bounded number of times.
 */
export interface Span {
	/** Where the match starts (at a leading "!" when there is one) and ends. */
	start: number;
	end: number;
}

/** `!?\[\[([^\]]*)\]\]`: `inner` is what stands between the brackets. */
export interface WikiSpan extends Span {
	inner: string;
}

export function wikiSpans(text: string): WikiSpan[] {
	const spans: WikiSpan[] = [];
	const close = nextOf(text, "]");
	for (let from = 0, p = text.indexOf("[[", from); p >= 0; p = text.indexOf("[[", from)) {
		const end = close(p + 2);
		if (end >= text.length) break;
		// Every "[[" before this "]" ends at it too: when it is no "]]", none of them is a link.
		if (text.charCodeAt(end + 1) === CLOSE_BRACKET) {
			spans.push({ start: bang(text, p, from), end: end + 2, inner: text.slice(p + 2, end) });
			from = end + 2;
		} else from = end + 1;
	}
	return spans;
}

/** `!?\[([^\]]*)\]\(([^)]*)\)`: the label and the part in parentheses. */
export interface MarkdownSpan extends Span {
	label: string;
	target: string;
}

export function markdownSpans(text: string): MarkdownSpan[] {
	const spans: MarkdownSpan[] = [];
	const closeBracket = nextOf(text, "]");
	const closeParen = nextOf(text, ")");
	for (let from = 0, p = text.indexOf("[", from); p >= 0; p = text.indexOf("[", from)) {
		const q = closeBracket(p + 1);
		if (q >= text.length) break;
		const r = text.charCodeAt(q + 1) === OPEN_PAREN ? closeParen(q + 2) : -1;
		if (r >= text.length) break;
		if (r < 0) {
			from = q + 1;
			continue;
		}
		spans.push({ start: bang(text, p, from), end: r + 1, label: text.slice(p + 1, q), target: text.slice(q + 2, r) });
		from = r + 1;
	}
	return spans;
}

/**
 * `!?\[([^\]]*)\]\(\s*(<[^>]+>|[^)\s]+)(?:\s+"[^"]*")?\s*\)`: a link to a note, with an optional
 * title. Every position a scan asks about moves forward only, which the remembered runs rely on.
 */
export function titledSpans(text: string): MarkdownSpan[] {
	const spans: MarkdownSpan[] = [];
	const closeBracket = nextOf(text, "]");
	const [afterParen, angleEnd, plainEnd] = [forward(text, (c) => !isSpace(c)), nextOf(text, ">"), forward(text, (c) => c === CLOSE_PAREN || isSpace(c))];
	const [afterAngle, afterPlain] = [closing(text), closing(text)];
	for (let from = 0, p = text.indexOf("[", from); p >= 0; p = text.indexOf("[", from)) {
		const q = closeBracket(p + 1);
		if (q >= text.length) break;
		let end = -1;
		let target = "";
		if (text.charCodeAt(q + 1) === OPEN_PAREN) {
			const s = afterParen(q + 2);
			const g = text.charCodeAt(s) === LESS_THAN ? angleEnd(s + 1) : text.length;
			if (g < text.length && g >= s + 2) [end, target] = [afterAngle(g + 1), text.slice(s, g + 1)];
			const e = plainEnd(s);
			if (end < 0 && e > s) [end, target] = [afterPlain(e), text.slice(s, e)];
		}
		// Every "[" before this "]" ends at it too, and fails as this one did.
		if (end < 0) {
			from = q + 1;
			continue;
		}
		spans.push({ start: bang(text, p, from), end, label: text.slice(p + 1, q), target });
		from = end;
	}
	return spans;
}

/** `(?:\s+"[^"]*")?\s*\)` from a position: where the match ends, or -1. */
function closing(text: string): (at: number) => number {
	const [spaces, quote, afterTitle] = [forward(text, (c) => !isSpace(c)), nextOf(text, '"'), forward(text, (c) => !isSpace(c))];
	return (at) => {
		const w = spaces(at);
		if (w > at && text.charCodeAt(w) === DOUBLE_QUOTE) {
			const c = quote(w + 1);
			const t = c < text.length ? afterTitle(c + 1) : text.length;
			if (text.charCodeAt(t) === CLOSE_PAREN) return t + 1;
		}
		return text.charCodeAt(w) === CLOSE_PAREN ? w + 1 : -1;
	};
}

/** A "!" right before the link belongs to the match, unless an earlier match took it. */
function bang(text: string, p: number, from: number): number {
	return p > from && text.charCodeAt(p - 1) === BANG ? p - 1 : p;
}
