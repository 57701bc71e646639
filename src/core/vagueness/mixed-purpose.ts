import type { VaguenessRule, RuleExamples } from "./rule";
import { words } from "../text/words";

/*
 * Relationship care loses its value when it carries a sales pitch (DOMAIN §4: the birthday
 * greeting without the offer). Two tiers keep the hint honest:
 * - gestures (birthday, gift, greeting, anniversary, appreciation) mix with any business word;
 * - thanks mix only with selling words: "Herrn Meier für den Auftrag danken" is good care.
 * A dinner is no gesture here: discussing an offer over dinner is an ordinary sales meeting.
 */
const GESTURE = words(
	[
		"geburtstag\\w*|\\w*glueckwunsch\\w*|\\w*glueckwuensch\\w*|gratul\\w*|\\w*geschenk\\w*|beschenk\\w*",
		"weihnachtsgruss\\w*|weihnachtsgruesse\\w*|weihnachtskarte\\w*|\\w*jubilaeum\\w*|wertschaetzung",
		"birthday\\w*|congratulat\\w*|gifts?|christmas cards?|christmas greetings?|season'?s greetings|anniversar\\w*|appreciation",
	].join("|"),
);
const THANKS = words("danke|dankeschoen|dank|bedank\\w*|danken|dankt|thanks|thank|thank[- ]you\\w*");

// Nouns and verbs that sell: never "bestellen" (ordering flowers for a birthday is care).
const SELLING = words(
	[
		"\\w*angebot\\w*|\\w*preis\\w*|\\w*rabatt\\w*|\\w*vertrag\\w*|\\w*vertraege\\w*|kondition\\w*|produkt|produkte|produkten|produktes",
		"offers?|quotes?|quotation\\w*|price\\w*|pricing|discount\\w*|contract\\w*|deals?|products?",
	].join("|"),
);
// Orders and invoices: English "order" only where it is a noun ("Order flowers" is care).
const TRANSACTION = words(
	[
		"\\w*bestellung(?:en)?|\\w*auftrag(?:s\\w*|es)?|\\w*auftraege\\w*|\\w*rechnung(?:en|s\\w*)?",
		"(?:the|an|your|his|her|their|our|new|next|repeat|follow-up|purchase) orders?|orders|invoic\\w*",
	].join("|"),
);

// "ohne Angebot", "kein Rabatt", "without the offer": a business word that is ruled out mixes nothing.
const NEGATED = /(?:^|[^\p{L}])(?:ohne|kein\p{L}*|nicht|without|no)\s+(?:(?:das|den|die|dem|ein\p{L}*|the|a|an|any)\s+)?\p{L}+/gu;

export const mixedPurpose: VaguenessRule = {
	code: "mixed-purpose",
	kind: "hint",
	check(input, lang) {
		// Care comes first: without a gesture or thanks nothing can be mixed, and most lines have neither.
		const gesture = GESTURE.test(input.folded);
		if (!gesture && !THANKS.test(input.folded)) return null;
		const folded = input.folded.replace(NEGATED, " ");
		const selling = SELLING.test(folded);
		const mixed = (gesture && (selling || TRANSACTION.test(folded))) || selling;
		if (!mixed) return null;
		return lang === "de"
			? "Beziehungspflege und Geschäft trennen: Die Geburtstagsgrüße ohne Angebot schicken, das Angebot in einem eigenen Termin"
			: "Keep relationship care and business apart: send the birthday greetings without the offer, and the offer in a meeting of its own";
	},
};

/** Examples that document the rule and are its first tests (apart from the rule, so bundles can leave them out). */
export const examples: RuleExamples = {
	de: [
		{ text: "Herrn Meier zum Geburtstag gratulieren und das neue Angebot mitschicken", fires: true },
		{ text: "Weihnachtskarte mit Rabattcode an Frau Porens", fires: true },
		{ text: "Zum Firmenjubiläum ein Geschenk und die Rechnung übergeben", fires: true },
		{ text: "Frau Scharens für die Bestellung danken und die neuen Preise nennen", fires: true },
		{ text: "Am 25. Dezember Frau Scharens mit dem Geschenk überraschen", fires: false },
		{ text: "Herrn Meier für den Auftrag danken", fires: false },
		{ text: "Blumen zum Geburtstag von Frau Gerens bestellen", fires: false },
		{ text: "Dem Produktionsleiter das Angebot erläutern", fires: false },
		{ text: "Frau Gerens am 29.11. persönlich gratulieren, ohne Angebot", fires: false },
		{ text: "Geburtstagskarte an Herrn Kaiser, kein Rabatt, kein Prospekt", fires: false },
	],
	en: [
		{ text: "Wish Mr. Smith a happy birthday and attach the new offer", fires: true },
		{ text: "Christmas card with a discount code for Mrs. Jones", fires: true },
		{ text: "Thank the buyer and mention our new prices", fires: true },
		{ text: "Congratulate Mrs. Jones on the anniversary and ask for the next order", fires: true },
		{ text: "Order flowers for Mrs. Jones's birthday", fires: false },
		{ text: "Thank Mr. Smith for the order", fires: false },
		{ text: "Send the quote to the purchasing team", fires: false },
		{ text: "Birthday call to Mrs. Jones, without the offer", fires: false },
	],
};
