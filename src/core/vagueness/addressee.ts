import type { Lang } from "../i18n/lang";
import { actionText } from "../text/action-text";

/** Whom a suggestion names, in the cases German needs: "… anrufen" takes the accusative, "mit …" the dative. */
export interface Addressee {
	accusative: string;
	dative: string;
	/** Whether it is a name from the dossier (else a role said generically). */
	named: boolean;
}

const GENERIC: Record<Lang, Addressee> = {
	de: { accusative: "den Entscheider", dative: "dem Entscheider", named: false },
	en: { accusative: "the decision maker", dative: "the decision maker", named: false },
};

/**
 * A dossier entry as a name to write: links as their display text, notes in brackets and anything
 * after a comma or dash dropped ("Wolfgang Meier (Seniorpartner, hat das letzte Wort)" → "Wolfgang Meier").
 */
export function personName(written: string): string | null {
	const name = actionText(written)
		.replace(/\([^)]*\)?/g, " ")
		.split(/,|\s[–—-]\s/)[0]
		?.replace(/\s+/g, " ")
		.trim();
	return name ? name : null;
}

/** The first of the customer's people (decision makers come first), else "the decision maker". */
export function addressee(people: readonly string[], lang: Lang): Addressee {
	for (const written of people) {
		const name = personName(written);
		if (name) return { accusative: name, dative: name, named: true };
	}
	return GENERIC[lang];
}
