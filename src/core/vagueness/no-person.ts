import type { VaguenessRule, RuleExamples } from "./rule";
import { fold } from "../text/fold";
import { words, type WordPattern } from "../text/words";
import { escapeRegExp } from "../text/escape-regexp";

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
const ROLE = words([
	"\\w*leiter|\\w*leiterin|\\w*leitern|\\w*leiterinnen|\\w*leitung",
	"geschaeftsfuehrer\\w*|gf|inhaber\\w*|einkaeufer\\w*|\\w*einkauf|einkaufsabteilung|\\w*chef|\\w*chefin|\\w*chefs",
	"vorstand\\w*|assistent\\w*|assistenz|sekretariat|sekretaer\\w*|ansprechpartner\\w*|entscheider\\w*",
	"\\w*team|\\w*teams|kunde|kunden|kundin|kundinnen|buchhaltung|vertrieb|mitarbeiter\\w*|kolleg\\w*",
	"ceo|cto|cfo|coo|\\w*managers?|directors?|head of|owners?|buyers?|purchasing|procurement|assistants?",
	"customers?|clients?|boss|founder|president|secretary|accounting|decision[- ]makers?",
].join("|"));

// People lists change per customer but repeat across its activities; compile each name once.
const nameCache = new Map<string, WordPattern | null>();

/** Whole-word test for a person's surname (last word of the name, titles and notes in brackets dropped). */
function namePattern(name: string): WordPattern | null {
	const cached = nameCache.get(name);
	if (cached !== undefined) return cached;
	const tokens = fold(name.normalize("NFC"))
		.replace(/\([^)]*\)/g, " ")
		.split(/\s+/)
		.map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
		.filter((t) => t.length >= 2);
	const surname = tokens[tokens.length - 1];
	const pattern = surname ? words(escapeRegExp(surname)) : null;
	nameCache.set(name, pattern);
	return pattern;
}

export const noPerson: VaguenessRule = {
	code: "no-person",
	kind: "hint",
	label: { de: "keine Person", en: "no person" },
	check(input, lang) {
		const { folded } = input;
		if (TITLE.test(folded) || (folded.includes("@") && MENTION.test(folded)) || ROLE.test(folded)) return null;
		if (input.people.some((name) => namePattern(name)?.test(folded))) return null;
		return lang === "de"
			? "Wen genau? Nennen Sie die Person, z. B. „Frau Gerens“ oder „den Betriebsleiter“"
			: "Whom exactly? Name the person, e.g. “Mrs Gerens” or “the plant manager”";
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
