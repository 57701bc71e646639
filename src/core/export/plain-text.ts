/**
 * A note's text as an export carries it: without the characters a terminal or a spreadsheet acts on
 * rather than shows (C0 but tab and line breaks, DEL, C1, the bidi overrides that reorder what is
 * shown), and with every line break as one LF, so the only CRs of an export are its own row ends.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function plainText(text: string): string {
	return text.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}
