import { charBefore, isHighSurrogate, splitsAPair } from "./surrogates";

/**
 * A regular expression whose match must not follow certain characters: a left word boundary that
 * knows Unicode letters. A lookbehind would say this, but iOS before 16.4 has none. A leading group
 * `(^|[^\p{L}])` says it too, but then no match starts with a known character, and the engine tries
 * every position of every line: five times slower over a vault than a pattern that starts with its
 * own first word, which the engine can skip ahead to. So the pattern starts with its word, and the
 * character before each match is checked here.
 *
 * Matches are the ones the leading group would give: the leftmost that the character before allows,
 * and (as the group consumed that character) each next match starts after the character that
 * follows the previous one.
 */
export interface Bounded {
	/** Global, without a leading boundary group; its groups are numbered from 1. */
	readonly body: RegExp;
	/** A one-character class (sticky) that must not stand right before a match. */
	readonly notAfter: RegExp;
}

/** `bounded("\\p{L}", /(heute|morgen)(?![\p{L}])/giu)`: heute or morgen, not after a letter. */
export function bounded(notAfter: string, body: RegExp): Bounded {
	const flags = body.flags.includes("g") ? body.flags : `${body.flags}g`;
	return {
		body: flags === body.flags ? body : new RegExp(body.source, flags),
		notAfter: new RegExp(`[${notAfter}]`, `y${body.flags.includes("u") ? "u" : ""}${body.flags.includes("i") ? "i" : ""}`),
	};
}

/**
 * The next match at or after `pattern.body.lastIndex`, as `exec` does; null when there is none.
 * Set `lastIndex` to 0 before the first call on a text.
 */
export function nextMatch(pattern: Bounded, text: string): RegExpExecArray | null {
	const { body, notAfter } = pattern;
	const unicode = body.unicode;
	for (let m = body.exec(text); m; m = body.exec(text)) {
		const start = m.index;
		// An empty match can fall between the halves of a surrogate pair, where no match can start.
		if (!(unicode && splitsAPair(text, start)) && (start === 0 || !charBeforeIs(notAfter, text, start, unicode))) {
			const end = start + m[0].length;
			// The boundary group consumed one character: the next match starts after the one at `end`.
			body.lastIndex = end + charLength(text, end, unicode);
			return m;
		}
		body.lastIndex = start + charLength(text, start, unicode);
	}
	return null;
}

/** Whether the pattern matches anywhere in `text`. */
export function testBounded(pattern: Bounded, text: string): boolean {
	pattern.body.lastIndex = 0;
	return nextMatch(pattern, text) !== null;
}

/** Tests the character before `at`; in a Unicode pattern, the whole code point of a surrogate pair. */
function charBeforeIs(cls: RegExp, text: string, at: number, unicode: boolean): boolean {
	cls.lastIndex = unicode ? charBefore(text, at) : at - 1;
	return cls.test(text);
}

/** Code units of the character at `at`: a Unicode pattern steps over a surrogate pair as one. */
function charLength(text: string, at: number, unicode: boolean): number {
	return unicode && isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length ? 2 : 1;
}
