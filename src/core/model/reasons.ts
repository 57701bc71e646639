// Reason codes core reports; the catalogues (i18n/) put them into words.

/** Why the review was not put into a note: the note is left as it is. */
export type ReviewRefusal =
	/** A start or end marker without its partner: what belongs to the review is unclear. */
	| "unpaired-marker"
	/** More than one review section: which one to replace is unclear. */
	| "several-sections"
	/** The note ends inside a fenced code block: an appended section would be code, not a review. */
	| "open-code-block"
	/** The review itself would break the section (a marker or fence in it): nothing written. */
	| "unsafe-review";

/** What is wrong with broken YAML, in words a catalogue can say in each language. */
export type YamlReason = "indentation" | "tab" | "unclosed-quote" | "unclosed-bracket" | "colon" | "duplicate-key" | "unknown-alias" | "unknown-tag" | "syntax";
