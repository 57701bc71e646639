/**
 * Unicode NFC, as `text.normalize("NFC")`, without the call for text that cannot change: every
 * character below U+0300 is already composed, and composing needs a combining mark, which lies above.
 * German text (ä, ö, ü, ß) stays below; text pasted from macOS ("u" + U+0308) does not.
 */
// Astral characters are surrogate pairs, which lie in this range too.
const MAY_CHANGE = /[\u0300-\uffff]/;

export function nfc(text: string): string {
	return MAY_CHANGE.test(text) ? text.normalize("NFC") : text;
}
