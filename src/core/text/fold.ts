/**
 * Folds text for matching: lower case, umlauts and ß spelled out, so that
 * "Rückruf", "Rueckruf" and "RÜCKRUF" all read "rueckruf".
 */
export function fold(text: string): string {
	// NFC first: text pasted from macOS may spell "ü" as u + combining mark, which must still read "ue".
	return text
		.normalize("NFC")
		.toLowerCase()
		.replace(/ä/g, "ae")
		.replace(/ö/g, "oe")
		.replace(/ü/g, "ue")
		.replace(/ß/g, "ss")
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		// Compatibility forms can decompose into capitals ("™" → "TM"); lower-casing again keeps fold idempotent.
		.toLowerCase();
}

/** A canonical key for names written in many ways: "Intime Phase", "intime-phase", "IntimePhase". */
export function slug(text: string): string {
	return fold(text).replace(/[^a-z0-9]+/g, "");
}
