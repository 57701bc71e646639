import type { Lang } from "../i18n/lang";
import { fold } from "../text/fold";

/*
 * What an activity is about ("das Angebot", "den Wartungsvertrag", "the quote"), so a suggestion can
 * speak of it. Found cheaply: the first word that ends in a known business noun, compounds included
 * ("Wartungsvertrag" ends in "vertrag"). German nouns carry their accusative article; a word not on
 * the list is left alone rather than guessed.
 */
const GERMAN: ReadonlyArray<readonly [ending: string, article: string]> = [
	["angebote", "die"],
	["angebot", "das"],
	["offerte", "die"],
	["kalkulation", "die"],
	["kostenvoranschlag", "den"],
	["vertraege", "die"],
	["vertrag", "den"],
	["auftraege", "die"],
	["auftrag", "den"],
	["bestellungen", "die"],
	["bestellung", "die"],
	["bestaetigung", "die"],
	["rechnungen", "die"],
	["rechnung", "die"],
	["lieferungen", "die"],
	["lieferung", "die"],
	["termine", "die"],
	["termin", "den"],
	["preise", "die"],
	["preis", "den"],
	["muster", "die"],
	["konzept", "das"],
	["projekt", "das"],
	["demo", "die"],
	["vorfuehrung", "die"],
	["praesentation", "die"],
	["unterlagen", "die"],
	["entscheidung", "die"],
	["freigabe", "die"],
	["zusage", "die"],
	["loesung", "die"],
	["vorschlag", "den"],
	["besuch", "den"],
	["referenz", "die"],
	["schulung", "die"],
	["wartung", "die"],
	["katalog", "den"],
	["prospekt", "den"],
];
const ENGLISH = [
	"offer",
	"offers",
	"quote",
	"quotes",
	"quotation",
	"proposal",
	"contract",
	"contracts",
	"order",
	"orders",
	"invoice",
	"delivery",
	"demo",
	"samples",
	"prices",
	"pricing",
	"presentation",
	"concept",
	"project",
	"renewal",
	"decision",
	"approval",
];

const WORD = /[\p{L}][\p{L}\p{N}-]*/gu;

/** The activity's object with its article (accusative in German), or null when none is found. */
export function activityObject(text: string, lang: Lang): string | null {
	for (const match of text.matchAll(WORD)) {
		const word = match[0].replace(/-+$/, "");
		const folded = fold(word);
		if (lang === "en") {
			if (ENGLISH.includes(folded)) return `the ${word.toLowerCase()}`;
			continue;
		}
		// A German noun is written with a capital; "angebot" in lower case still counts, but never a
		// word that merely ends in a noun's letters ("Preisliste" ends in "e", not in "preis").
		for (const [ending, article] of GERMAN) if (folded.endsWith(ending)) return `${article} ${word}`;
	}
	return null;
}
