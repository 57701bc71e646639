import { words } from "../text/words";
import { capitalized, exampleLine, stepParts } from "./example-step";
import type { RuleExamples, VaguenessRule } from "./rule";

/*
 * A follow-up word says that something should happen, not what (DOMAIN §4): "Nachfassen",
 * "Kontakt halten", "touch base". A date does not help. An object alone does not either ("Angebot
 * nachfassen": call, send, ask?); what makes the line concrete is an action of our own beside it
 * ("Angebot nachfassen: Frau Gerens fragen, ob …") or the question to be asked ("nachfassen, ob …").
 */
// A separated verb ends its clause: "Wir fassen nächste Woche nach", never "fassen nach dem Urlaub …".
const CLAUSE_END = "(?=\\s*$|\\s*[,.;:!(])";
const FOLLOW_UP = words(
	[
		`nachfass\\w*|nachgefasst|nachzufassen|fass(?:e|en|t|st)?(?: \\w+){0,4} nach${CLAUSE_END}`,
		`nachhak\\w*|nachgehakt|nachzuhaken|hak(?:e|en|t|st)?(?: \\w+){0,4} nach${CLAUSE_END}`,
		"nachhalten|nachgehalten|nachzuhalten",
		`dranbleib\\w*|drangeblieben|dranzubleiben|dran bleiben|bleib(?:e|en|t|st)?(?: \\w+){0,4} dran${CLAUSE_END}|am ball bleiben`,
		"follow[- ]?ups?|follow(?:s|ed|ing)? up|touch(?:es|ed|ing)? base|keep(?:ing)? in touch|stay(?:ing)? in touch",
		// "check in" only as a step with someone or at the end: "Hotel-Check-in um 15 Uhr" is a time, not a step.
		"check(?:s|ed|ing)?[- ]in(?= with| on| mit|\\s*$|\\s*[,.;:!])",
	].join("|"),
);
// "Kontakt zu Frau Gerens halten": the noun and the verb with anything between them.
const CONTACT = words("kontakt|kontakte|kontakten");
const KEEP = words("halten|halte|haelt|gehalten|bleiben|pflegen");

// Our own concrete actions, and the question word that says what a follow-up is to find out.
const ACTION = words(
	[
		"anrufen|anrufe|anzurufen|angerufen|telefonieren|fragen|frage|erfragen|klaeren|klaere|besprechen|bespreche",
		"schicken|schicke|senden|sende|zusenden|mailen|vorstellen|vorlegen|zeigen|vorfuehren|praesentieren|erlaeutern|erklaeren",
		"vereinbaren|vereinbare|ausmachen|bestaetigen|einladen|abstimmen|uebergeben|besuchen|nennen|verhandeln|ob",
		"call|phone|ask|send|email|discuss|confirm|schedule|arrange|present|show|clarify|settle|agree|invite|visit|negotiate|book|whether",
	].join("|"),
);

export const noAction: VaguenessRule = {
	code: "no-action",
	kind: "vague",
	check(input, lang) {
		const { folded } = input;
		if (!FOLLOW_UP.test(folded) && !(CONTACT.test(folded) && KEEP.test(folded))) return null;
		if (ACTION.test(folded)) return null;
		const { who, what, day } = stepParts(input, lang);
		return lang === "de"
			? `Was genau ist zu tun? Ein Wort wie „Nachfassen“ sagt nicht, was geschieht. Zum Beispiel: ${exampleLine(`${capitalized(who.accusative)} anrufen und fragen, wie es um ${what ?? "unser Angebot"} steht`, day, lang)}`
			: `What exactly is to be done? A word like “follow up” does not say. For example: ${exampleLine(`Call ${who.accusative} and ask where ${what ?? "our offer"} stands`, day, lang)}`;
	},
};

/** Examples that document the rule and are its first tests (apart from the rule, so bundles can leave them out). */
export const examples: RuleExamples = {
	de: [
		{ text: "Nachfassen 📅 2026-12-01", fires: true },
		{ text: "Kontakt zu Frau Gerens halten", fires: true },
		{ text: "Bei Herrn Meier dranbleiben", fires: true },
		{ text: "Angebot nachfassen", fires: true },
		{ text: "Beim Einkauf nachhaken", fires: true },
		{ text: "Angebot nachfassen: Frau Gerens fragen, ob die Preise passen", fires: false },
		{ text: "Nachfassen, ob die Muster angekommen sind", fires: false },
		{ text: "Kontaktdaten von Herrn Meier prüfen", fires: false },
		{ text: "Check-in im Hotel Seeblick um 15 Uhr", fires: false },
	],
	en: [
		{ text: "Follow-up", fires: true },
		{ text: "Follow up on the quote", fires: true },
		{ text: "Touch base with Mrs. Jones", fires: true },
		{ text: "Check in with purchasing", fires: true },
		{ text: "Follow up: ask Mrs. Jones whether the prices work", fires: false },
		{ text: "Call Mr. Smith to confirm the delivery date", fires: false },
		{ text: "Check the invoice from ACME", fires: false },
	],
};
