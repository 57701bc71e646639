import { nfc } from "./nfc";

/**
 * Folds text for matching: lower case, umlauts and ß spelled out, so that
 * "Rückruf", "Rueckruf" and "RÜCKRUF" all read "rueckruf".
 */
/** Anything beyond printable ASCII and ordinary whitespace needs the full treatment. */
const NOT_PLAIN = /[^\t\n\r\x20-\x7e]/;
const SPELLED: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export function fold(text: string): string {
	// Most text is plain ASCII: lower case is all it needs (fold runs on every activity and key).
	if (!NOT_PLAIN.test(text)) return text.toLowerCase();
	// NFC first: text pasted from macOS may spell "ü" as u + combining mark, which must still read "ue".
	const lower = nfc(text)
		.toLowerCase()
		.replace(/[äöüß]/g, (c) => SPELLED[c] ?? c);
	if (!NOT_PLAIN.test(lower)) return lower;
	// Compatibility forms can decompose into capitals ("™" → "TM"); lower-casing again keeps fold idempotent.
	return lower
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase();
}

/** A canonical key for names written in many ways: "Intime Phase", "intime-phase", "IntimePhase". */
export function slug(text: string): string {
	return fold(text).replace(/[^a-z0-9]+/g, "");
}
