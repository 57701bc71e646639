import { plainText } from "./plain-text";

/** Starts a spreadsheet reads as a formula (or as the start of one): such a field gets a leading `'`. A leading CR is an LF by then. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds `"`, `,` or a line break, quotes doubled. A field
 * a spreadsheet would run as a formula is defused with a leading `'`, as OWASP advises.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return "";
	// Guarded after the controls are gone, so none of them can hide a leading `=`.
	const plain = plainText(String(value));
	const text = FORMULA_START.test(plain) ? `'${plain}` : plain;
	return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV file: CRLF after every row, UTF-8 with BOM so spreadsheets read the umlauts right. */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
	return `\uFEFF${rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("")}`;
}
