/**
 * Where the next character that stops a run lies, from a position: `text.length` when none does.
 * Remembers its last answer, so a caller whose starting points only move forward reads each
 * character at most once, however many starting points lie inside one long run.
 */
export function forward(text: string, stops: (code: number) => boolean): (from: number) => number {
	let [lastFrom, lastAt] = [-1, -1];
	return (from) => {
		if (from >= lastFrom && from <= lastAt) return lastAt;
		let at = from;
		while (at < text.length && !stops(text.charCodeAt(at))) at++;
		[lastFrom, lastAt] = [from, at];
		return at;
	};
}

/** The next `char` at or after a position, remembered as `forward` does; `text.length` when none. */
export function nextOf(text: string, char: string): (from: number) => number {
	let [lastFrom, lastAt] = [-1, -1];
	return (from) => {
		if (from >= lastFrom && from <= lastAt) return lastAt;
		const at = text.indexOf(char, from);
		[lastFrom, lastAt] = [from, at < 0 ? text.length : at];
		return lastAt;
	};
}

/** What `\s` matches in a regular expression without the `u` flag. */
export function isSpace(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}
