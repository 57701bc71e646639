/**
 * Notes are written by anyone: a customer name can carry escape sequences that clear the screen or
 * write the clipboard when printed. Text for a terminal loses them, and with them the other control
 * characters (all C0 but tab and newline, DEL, C1) and the bidi overrides that reorder what is shown.
 */

const ESC = 0x1b;
const BEL = 0x07;
const NEWLINE = 0x0a;
const ST = 0x9c;
const CSI = 0x9b;

/** Whether a terminal may act on this character rather than show it. */
export function isControl(code: number): boolean {
	return (
		(code < 0x20 && code !== 0x09 && code !== NEWLINE) ||
		(code >= 0x7f && code <= 0x9f) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069)
	);
}

/** Text safe to print to a terminal: the same words, no control sequences. One pass, linear. */
export function forTerminal(text: string): string {
	let out = "";
	let kept = 0;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (!isControl(code)) {
			i++;
			continue;
		}
		out += text.slice(kept, i);
		i = sequenceEnd(text, i);
		kept = i;
	}
	return kept === 0 ? text : out + text.slice(kept);
}

/** Where the control sequence starting at `start` ends: CSI with its parameters, a string (OSC, DCS …) up to its terminator, or one character. */
function sequenceEnd(text: string, start: number): number {
	const code = text.charCodeAt(start);
	const next = text.charCodeAt(start + 1);
	if (code === CSI || (code === ESC && next === 0x5b)) return csiEnd(text, code === CSI ? start + 1 : start + 2);
	const isString = code === 0x9d || code === 0x90 || code === 0x98 || code === 0x9e || code === 0x9f;
	// ESC ] (OSC), ESC P (DCS), ESC X, ESC ^, ESC _: strings.
	if (isString || (code === ESC && (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f)))
		return stringEnd(text, isString ? start + 1 : start + 2);
	// ESC and the one character that makes its command, unless that is a line break or text to keep.
	if (code === ESC && next >= 0x20 && next <= 0x7e) return start + 2;
	return start + 1;
}

function csiEnd(text: string, from: number): number {
	let i = from;
	while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x3f) i++;
	const final = text.charCodeAt(i);
	return final >= 0x40 && final <= 0x7e ? i + 1 : i;
}

/** A string sequence ends at BEL or ST; at a line break at the latest, so one name cannot swallow the lines after it. */
function stringEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === BEL || code === ST) return i + 1;
		if (code === ESC && text.charCodeAt(i + 1) === 0x5c) return i + 2;
		if (code === NEWLINE) return i;
	}
	return text.length;
}

/** What JSON.stringify leaves unescaped that `isControl` names: DEL, C1 and the bidi overrides (it escapes C0 itself). */
const JSON_CONTROLS = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with every control character escaped (`\u009b`): the same data, nothing a terminal acts on.
 * One native scan: a vault's JSON runs to megabytes, and a loop over its characters cost more than writing it.
 */
export function escapeJsonControls(json: string): string {
	return json.replace(JSON_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
