/** UTF-16 surrogate pairs: a character beyond the BMP (𝐀, 😀) takes two code units. */
export function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether `at` falls between the two halves of a pair, where no character starts. */
export function splitsAPair(text: string, at: number): boolean {
	return at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
}

/** Where the character before `at` starts: a pair counts as one character. */
export function charBefore(text: string, at: number): number {
	return at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
}
