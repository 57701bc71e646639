import type { Lang } from "../i18n/lang";
import { fold } from "../text/fold";
import { words, type WordPattern } from "../text/words";
import type { VaguenessRule, RuleExamples } from "./rule";
import { TRY, WAIT } from "./waiting-verb";
import { escapeRegExp } from "../text/escape-regexp";

/**
 * A known pseudo-activity (DOMAIN §4). Each reading is a list of concept groups over the folded
 * text; a reading matches when every group matches somewhere, so word order, inflection and
 * inserted words do not matter. One concept alone ("Bestellformular", "Entscheidungsvorlage")
 * never fires.
 */
interface PseudoActivity {
	readings: readonly (readonly WordPattern[])[];
	suggestion: Record<Lang, string>;
}

const ACQUISITION = words("\\w*akquis\\w*|\\w*akquir\\w*|\\w*kundengewinnung|acquisition\\w*|prospecting|lead generation");
const INCREASE = words([
	"erhoeh\\w*|steiger\\w*|gesteigert|ausbau\\w*|ausgebaut|verstaerk\\w*|intensivier\\w*|verbesser\\w*|forcier\\w*|ankurbel\\w*|voran\\w*",
	"increas\\w*|boost\\w*|improv\\w*|intensif\\w*|ramp\\w* up|step\\w* up",
].join("|"));
// "mehr"/"more" count only right before the acquisition: "Mehr über die Akquisitionspläne erfahren" is research.
const MORE_ACQUISITION = words("(?:mehr|more)\\s+(?:\\w*akquis\\w*|\\w*kundengewinnung|prospecting|acquisition\\w*)");
const DECISION = words("\\w*entscheid\\w*|\\w*entschied\\w*|\\w*entschluss\\w*|decision\\w*|decid\\w*");
const WAITING = words(WAIT);
// Nouns only: "Bestellformular" and "bestellen" are not an order being taken.
const ORDER = words("\\w*bestellung(?:en)?|\\w*auftrag|\\w*auftraege|auftrags|orders?");
const ACCEPT = words([
	"annehm\\w*|angenommen|anzunehmen|nimmt|nimm|nehm\\w*|genommen|entgegen\\w*|aufnehm\\w*|aufgenommen",
	"take|takes|taking|took|taken|accept\\w*|receiv\\w*",
].join("|"));
const CONTACT_DE = words("ansprechpartner\\w*|ansprechperson\\w*|kontaktperson\\w*");
// With "try" present any "contact" will do; English "contact" alone may be a verb
// ("Contact Mr Smith to reach an agreement"), so the reading without "try" takes German nouns only.
const CONTACT = words("ansprechpartner\\w*|ansprechperson\\w*|kontakt\\w*|contact\\w*|points? of contact");
const REACH = words("erreich\\w*|durchkommen|durchzukommen|reach\\w*|get hold|get through|get in touch");
const TRYING = words(TRY);
const CALLBACK = words("\\w*rueckruf\\w*|\\w*rueckmeldung\\w*|callbacks?|call[- ]backs?|call (?:me|us) back|return (?:my|our|the) calls?");
const ASK = words([
	"bitte\\w*|bat|baten|gebeten|erbitt\\w*|erbeten|anfrag\\w*|angefragt|anforder\\w*|angefordert|hinterlass\\w*|\\w*rueckrufbitte\\w*",
	"ask\\w*|request\\w*|leav\\w*|left",
	WAIT,
].join("|"));

const PSEUDO_ACTIVITIES: readonly PseudoActivity[] = [
	{
		readings: [[ACQUISITION, INCREASE], [MORE_ACQUISITION]],
		suggestion: {
			de: "Aus dem Ziel eine Handlung machen: Wen sprechen Sie wann an, mit welchem Angebot? Zum Beispiel: „Am 15. November dem Betriebsleiter die neueste Technologie präsentieren“",
			en: "Turn the goal into an action: whom do you approach, when, with what? For example: “On 15 November present the latest technology to the plant manager”",
		},
	},
	{
		readings: [[DECISION, WAITING]],
		suggestion: {
			de: "Die Entscheidung vorbereiten statt abwarten: Was liefern Sie wem bis wann? Zum Beispiel: „Am 2. Dezember den Produktionsleiter von unserem Lösungsvorschlag überzeugen“",
			en: "Prepare the decision instead of waiting for it: what do you bring to whom, by when? For example: “On 2 December convince the production manager of our proposal”",
		},
	},
	{
		readings: [[ORDER, ACCEPT]],
		suggestion: {
			de: "Was tun Sie selbst, damit der Auftrag läuft? Nennen Sie Datum, Person und Handlung, zum Beispiel: „Am 20. November Frau Scharens die Auftragsbestätigung mit Liefertermin schicken“",
			en: "What do you do yourself to move the order? Name date, person and action, for example: “On 20 November send Mrs Scharens the order confirmation with the delivery date”",
		},
	},
	{
		// German nouns are unambiguous, so "Ansprechpartner erreichen" fires even without "versuchen".
		readings: [[CONTACT, REACH, TRYING], [CONTACT_DE, REACH]],
		suggestion: {
			de: "Einen festen Termin statt Versuchen: Wann sprechen Sie mit wem worüber? Zum Beispiel: „Am 24. November um 9 Uhr Herrn Kaiser anrufen und einen Vorführtermin vereinbaren“",
			en: "A fixed appointment instead of attempts: when do you talk to whom about what? For example: “On 24 November at 9 am call Mr Kaiser and arrange a demonstration”",
		},
	},
	{
		readings: [[CALLBACK, ASK]],
		suggestion: {
			de: "Selbst anrufen statt warten: Wann rufen Sie wen an, mit welchem Ziel? Zum Beispiel: „Am 25. November Herrn Meier anrufen und den Liefertermin klären“",
			en: "Call yourself instead of waiting: when do you call whom, with what aim? For example: “On 25 November call Mr Meier and settle the delivery date”",
		},
	},
];

const EXTRA_SUGGESTION: Record<Lang, string> = {
	de: "Diese Formulierung steht auf Ihrer Liste der Pseudo-Aktivitäten. Nennen Sie Datum, Person und Handlung mit Gegenstand, zum Beispiel: „Am 23. November Frau Gerens das Konzept vorstellen“",
	en: "This wording is on your list of pseudo-activities. Name a date, a person and an action with an object, for example: “On 23 November present the concept to Mrs Gerens”",
};

const STOPWORDS = new Set([
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "um", "zu", "auf", "bei", "mit", "von", "fuer",
	"the", "a", "an", "to", "for", "of", "with", "at", "on",
]);

// Settings change rarely; compile each user phrase once.
const extraCache = new Map<string, readonly WordPattern[]>();

/** A user phrase as word-prefix tests: each remaining word's stem (first max(4, len-2) letters). */
export function extraPhrasePatterns(phrase: string): readonly WordPattern[] {
	const cached = extraCache.get(phrase);
	if (cached) return cached;
	const stems = fold(phrase.normalize("NFC"))
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== "" && !STOPWORDS.has(word))
		.map((word) => word.slice(0, Math.max(4, word.length - 2)));
	const patterns = stems.map((stem) => words(`${escapeRegExp(stem)}\\w*`));
	extraCache.set(phrase, patterns);
	return patterns;
}

// Loops, not some()/every(): this runs on every activity, and a closure per call adds up.
function all(groups: readonly WordPattern[], folded: string): boolean {
	if (groups.length === 0) return false;
	for (const group of groups) if (!group.test(folded)) return false;
	return true;
}

export const vaguePhrase: VaguenessRule = {
	code: "vague-phrase",
	kind: "vague",
	label: { de: "Pseudo-Aktivität", en: "Pseudo-activity" },
	check(input, lang) {
		for (const pseudo of PSEUDO_ACTIVITIES) for (const groups of pseudo.readings) if (all(groups, input.folded)) return pseudo.suggestion[lang];
		for (const phrase of input.extraPhrases) if (all(extraPhrasePatterns(phrase), input.folded)) return EXTRA_SUGGESTION[lang];
		return null;
	},
};

/** Examples that document the rule and are its first tests (apart from the rule, so bundles can leave them out). */
export const examples: RuleExamples = {
	de: [
		{ text: "Bitte um Rückruf bei Herrn Meier", fires: true },
		{ text: "Akquisition im Raum Süd erhöhen", fires: true },
		{ text: "Auf die Entscheidung des Einkaufs warten", fires: true },
		{ text: "Bestellung von Frau Scharens annehmen", fires: true },
		{ text: "Versuchen, den Ansprechpartner zu erreichen", fires: true },
		{ text: "Bestellformular an Frau Scharens verschicken", fires: false },
		{ text: "Entscheidungsvorlage für den Betriebsleiter erstellen", fires: false },
		{ text: "Dem Betriebsleiter den Wartungsvertrag anbieten", fires: false },
	],
	en: [
		{ text: "Ask Mr. Smith for a callback", fires: true },
		{ text: "Wait for their decision", fires: true },
		{ text: "Increase prospecting in the north", fires: true },
		{ text: "Take the order from Mrs. Jones", fires: true },
		{ text: "Try to reach the contact person at ACME", fires: true },
		{ text: "Call back Mr. Smith and settle the delivery date", fires: false },
		{ text: "Contact Mr. Smith to reach an agreement on the price", fires: false },
		{ text: "Order new brochures for the fair", fires: false },
	],
};
