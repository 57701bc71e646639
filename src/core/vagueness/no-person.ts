import type { VaguenessRule, RuleExamples } from "./rule";
import { words } from "../text/words";
import { addressee, surnamePattern } from "./addressee";

/*
 * An activity should name its addressee (DOMAIN §4). A person counts as named by a salutation
 * with a name, an @mention, a role ("den Betriebsleiter", "purchasing") or a known person of the
 * customer. Links are already reduced to their display text, so "[[Meier GmbH]]" alone is a
 * company, not a person.
 */
// "dem Herrn das Angebot" is no name: the word after the title must not be an article.
const NOT_A_NAME = "(?:der|die|das|den|dem|des|ein|eine|einen|einem|und|oder|zu|mit|von|the|a|an|and|or|to)(?!\\w)";
const TITLE = words(`(?:herrn?|frau|hr|fr|dr|prof|mr|mrs|ms)\\.?\\s+(?!${NOT_A_NAME})\\w+`);
const MENTION = /(?:^|[^\p{L}\p{N}_.@])@[\p{L}\p{N}_]/u;
const ROLE = words(
	[
		"\\w*leiter|\\w*leiterin|\\w*leitern|\\w*leiterinnen|\\w*leitung",
		"geschaeftsfuehrer\\w*|gf|inhaber\\w*|einkaeufer\\w*|\\w*einkauf|einkaufsabteilung|\\w*chef|\\w*chefin|\\w*chefs",
		"vorstand\\w*|assistent\\w*|assistenz|sekretariat|sekretaer\\w*|ansprechpartner\\w*|entscheider\\w*",
		"\\w*team|\\w*teams|kunde|kunden|kundin|kundinnen|buchhaltung|vertrieb|mitarbeiter\\w*|kolleg\\w*",
		"ceo|cto|cfo|coo|\\w*managers?|directors?|head of|owners?|buyers?|purchasing|procurement|assistants?",
		"customers?|clients?|boss|founder|president|secretary|accounting|decision[- ]makers?",
	].join("|"),
);

export const noPerson: VaguenessRule = {
	code: "no-person",
	kind: "hint",
	check(input, lang) {
		const { folded } = input;
		if (TITLE.test(folded) || (folded.includes("@") && MENTION.test(folded)) || ROLE.test(folded)) return null;
		if (input.people.some((name) => surnamePattern(name, input.memo)?.test(folded))) return null;
		const who = addressee(input.people, lang, null, input.memo);
		if (lang === "de")
			return who.named
				? `Wen genau? Nennen Sie die Person, z. B. „${who.accusative}“ oder „den Entscheider“`
				: "Wen genau? Nennen Sie die Person, z. B. „den Entscheider“ oder „den Einkauf“";
		return who.named
			? `Whom exactly? Name the person, e.g. “${who.accusative}” or “the decision maker”`
			: "Whom exactly? Name the person, e.g. “the decision maker” or “purchasing”";
	},
};

/** Examples that document the rule and are its first tests (apart from the rule, so bundles can leave them out). */
export const examples: RuleExamples = {
	de: [
		{ text: "Das Konzept vorstellen", fires: true },
		{ text: "Angebot an Meier GmbH schicken", fires: true },
		{ text: "Am 23. November Frau Gerens das Konzept vorstellen", fires: false },
		{ text: "Dem Betriebsleiter die neueste Technologie präsentieren", fires: false },
		{ text: "Angebot mit @kaiser abstimmen", fires: false },
		{ text: "Muster an Gerens schicken", fires: false, people: ["Dr. Anna Gerens"] },
	],
	en: [
		{ text: "Present the concept", fires: true },
		{ text: "Send the quote to ACME Ltd", fires: true },
		{ text: "Present the concept to Mrs. Jones", fires: false },
		{ text: "Show the demo to the head of production", fires: false },
		{ text: "Send samples to the purchasing team", fires: false },
		{ text: "Send samples to Jones", fires: false, people: ["Mary Jones"] },
	],
};
