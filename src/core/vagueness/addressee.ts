import type { Lang } from "../i18n/lang";
import { actionText } from "../text/action-text";
import { escapeRegExp } from "../text/escape-regexp";
import { fold } from "../text/fold";
import { words, type WordPattern } from "../text/words";
import type { VaguenessMemo } from "./memo";

/** Whom a suggestion names, in the cases German needs: "… anrufen" takes the accusative, "… schicken" the dative. */
export interface Addressee {
	accusative: string;
	dative: string;
	/** Whether it is a person's name (else a role said generically). */
	named: boolean;
}

const GENERIC: Record<Lang, Addressee> = {
	de: { accusative: "den Entscheider", dative: "dem Entscheider", named: false },
	en: { accusative: "the decision maker", dative: "the decision maker", named: false },
};

// "Herrn Wendt", "Fr. Busch", "Ms. Patel" as written in the line; "dem Herrn das Angebot" is no name.
const TITLED =
	/(?:^|[^\p{L}])((?:Herrn?|Frau|Hr|Hrn|Fr|Dr|Prof|Mr|Mrs|Ms)\.?\s+(?!(?:der|die|das|den|dem|des|ein|eine|the|a|an|and|to)(?![\p{L}]))\p{Lu}[\p{L}-]*)/u;

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

/**
 * Whole-word test over folded text for a person's surname (last word of the name, notes in brackets dropped).
 * People lists change per customer but repeat across its activities: each name is compiled once per memo.
 */
export function surnamePattern(name: string, memo: VaguenessMemo): WordPattern | null {
	const cached = memo.surnames.get(name);
	if (cached !== undefined) return cached;
	const tokens = fold(name.normalize("NFC"))
		.replace(/\([^)]*\)/g, " ")
		.split(/\s+/)
		.map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
		.filter((t) => t.length >= 2);
	const surname = tokens[tokens.length - 1];
	const pattern = surname ? words(escapeRegExp(surname)) : null;
	memo.surnames.set(name, pattern);
	return pattern;
}

/** The customer's person the text names by surname; the longest wins ("Meier-Roth" is not "Meier"). */
function namedIn(text: string, people: readonly string[], memo: VaguenessMemo): string | null {
	const folded = fold(text);
	let best: string | null = null;
	for (const written of people) {
		const name = surnamePattern(written, memo)?.test(folded) ? personName(written) : null;
		if (name && (best === null || surname(name).length > surname(best).length)) best = name;
	}
	return best;
}

/** "Hr. Wendt" → "Herrn Wendt" (the case a suggestion needs); in English "Mr Wendt". */
function asTitled(titled: string, lang: Lang): string {
	if (lang === "en") return titled.replace(/^(?:Herrn?|Hrn?)\.?\s+/u, "Mr ").replace(/^(?:Frau|Fr)\.?\s+/u, "Ms ");
	return titled.replace(/^(?:Herr|Hrn?\.?)\s+/u, "Herrn ").replace(/^Fr\.\s*/u, "Frau ");
}

const surname = (name: string) => name.slice(name.lastIndexOf(" ") + 1);
/** A name as a suggestion writes it: a dossier's "Herr Kaiser" is "Herrn Kaiser anrufen", as a line's "Hr. Kaiser" is. */
function named(name: string, lang: Lang): Addressee {
	const titled = asTitled(name, lang);
	return { accusative: titled, dative: titled, named: true };
}

/**
 * The person a suggestion names: the one the line names (with a title if it has one: "Frau Busch"),
 * as the dossier writes that person, else as the line does ("Herrn Wendt"); else the customer's
 * first person (decision makers come first), else "the decision maker". `text` is the line as the reader sees it; null when only the
 * dossier counts.
 */
export function addressee(people: readonly string[], lang: Lang, text: string | null, memo: VaguenessMemo): Addressee {
	if (text !== null) {
		// A titled name in the line ("bei Frau Busch") says whom it is about better than a company name does.
		const titled = TITLED.exec(text)?.[1] ?? null;
		const known = namedIn(titled ?? text, people, memo);
		if (known) return named(known, lang);
		if (titled) return named(titled, lang);
	}
	for (const written of people) {
		const name = personName(written);
		if (name) return named(name, lang);
	}
	return GENERIC[lang];
}
