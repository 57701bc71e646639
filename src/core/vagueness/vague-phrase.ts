import type { Lang } from "../i18n/lang";
import { fold } from "../text/fold";
import { words, type WordPattern } from "../text/words";
import type { VaguenessRule, RuleExamples } from "./rule";
import { TRY, WAIT } from "./waiting-verb";
import { escapeRegExp } from "../text/escape-regexp";
import { capitalized, exampleLine, stepParts, type StepParts } from "./example-step";
import type { VaguenessMemo } from "./memo";

/**
 * A known pseudo-activity (DOMAIN §4). Each reading is a list of concept groups over the folded
 * text; a reading matches when every group matches somewhere, so word order, inflection and
 * inserted words do not matter. One concept alone ("Bestellformular", "Entscheidungsvorlage")
 * never fires.
 */
interface PseudoActivity {
	readings: readonly (readonly WordPattern[])[];
	/** The advice, with an example step built from the activity's own parts. */
	suggestion: (parts: StepParts, lang: Lang) => string;
}

const ACQUISITION = words("\\w*akquis\\w*|\\w*akquir\\w*|\\w*kundengewinnung|acquisition\\w*|prospecting|lead generation");
const INCREASE = words(
	[
		"erhoeh\\w*|steiger\\w*|gesteigert|ausbau\\w*|ausgebaut|verstaerk\\w*|intensivier\\w*|verbesser\\w*|forcier\\w*|ankurbel\\w*|voran\\w*",
		"increas\\w*|boost\\w*|improv\\w*|intensif\\w*|ramp\\w* up|step\\w* up",
	].join("|"),
);
// "mehr"/"more" count only right before the acquisition: "Mehr über die Akquisitionspläne erfahren" is research.
const MORE_ACQUISITION = words("(?:mehr|more)\\s+(?:\\w*akquis\\w*|\\w*kundengewinnung|prospecting|acquisition\\w*)");
const DECISION = words("\\w*entscheid\\w*|\\w*entschied\\w*|\\w*entschluss\\w*|decision\\w*|decid\\w*");
const WAITING = words(WAIT);
// Nouns only: "Bestellformular" and "bestellen" are not an order being taken.
const ORDER = words("\\w*bestellung(?:en)?|\\w*auftrag|\\w*auftraege|auftrags|orders?");
const ACCEPT = words(
	[
		"annehm\\w*|angenommen|anzunehmen|nimmt|nimm|nehm\\w*|genommen|entgegen\\w*|aufnehm\\w*|aufgenommen",
		"take|takes|taking|took|taken|accept\\w*|receiv\\w*",
	].join("|"),
);
const CONTACT_DE = words("ansprechpartner\\w*|ansprechperson\\w*|kontaktperson\\w*");
// With "try" present any "contact" will do; English "contact" alone may be a verb
// ("Contact Mr Smith to reach an agreement"), so the reading without "try" takes German nouns only.
const CONTACT = words("ansprechpartner\\w*|ansprechperson\\w*|kontakt\\w*|contact\\w*|points? of contact");
const REACH = words("erreich\\w*|durchkommen|durchzukommen|reach\\w*|get hold|get through|get in touch");
const TRYING = words(TRY);
const CALLBACK = words("\\w*rueckruf\\w*|\\w*rueckmeldung\\w*|callbacks?|call[- ]backs?|call (?:me|us) back|return (?:my|our|the) calls?");
const ASK = words(
	[
		"bitte\\w*|bat|baten|gebeten|erbitt\\w*|erbeten|anfrag\\w*|angefragt|anforder\\w*|angefordert|hinterlass\\w*|\\w*rueckrufbitte\\w*",
		"ask\\w*|request\\w*|leav\\w*|left",
		WAIT,
	].join("|"),
);

const PSEUDO_ACTIVITIES: readonly PseudoActivity[] = [
	{
		readings: [[ACQUISITION, INCREASE], [MORE_ACQUISITION]],
		suggestion: ({ who, what, day }, lang) =>
			lang === "de"
				? `Aus dem Ziel eine Handlung machen: Wen sprechen Sie wann an, mit welchem Angebot? Zum Beispiel: ${exampleLine(`${capitalized(who.dative)} ${what ?? "unser neuestes Angebot"} vorstellen`, day, lang)}`
				: `Turn the goal into an action: whom do you approach, when, with what? For example: ${exampleLine(`Present ${what ?? "our latest offer"} to ${who.dative}`, day, lang)}`,
	},
	{
		readings: [[DECISION, WAITING]],
		suggestion: ({ who, day }, lang) =>
			lang === "de"
				? `Die Entscheidung vorbereiten statt abwarten: Was liefern Sie wem bis wann? Zum Beispiel: ${exampleLine(`${capitalized(who.accusative)} anrufen und klären, was für die Entscheidung noch fehlt`, day, lang)}`
				: `Prepare the decision instead of waiting for it: what do you bring to whom, by when? For example: ${exampleLine(`Call ${who.accusative} and settle what the decision still needs`, day, lang)}`,
	},
	{
		readings: [[ORDER, ACCEPT]],
		suggestion: ({ who, day }, lang) =>
			lang === "de"
				? `Was tun Sie selbst, damit der Auftrag läuft? Nennen Sie Datum, Person und Handlung, zum Beispiel: ${exampleLine(`${capitalized(who.dative)} die Auftragsbestätigung mit Liefertermin schicken`, day, lang)}`
				: `What do you do yourself to move the order? Name date, person and action, for example: ${exampleLine(`Send ${who.dative} the order confirmation with the delivery date`, day, lang)}`,
	},
	{
		// German nouns are unambiguous, so "Ansprechpartner erreichen" fires even without "versuchen".
		readings: [
			[CONTACT, REACH, TRYING],
			[CONTACT_DE, REACH],
		],
		suggestion: ({ who, day }, lang) =>
			lang === "de"
				? `Einen festen Termin statt Versuchen: Wann sprechen Sie mit wem worüber? Zum Beispiel: ${exampleLine(`${capitalized(who.accusative)} um 9 Uhr anrufen und einen Gesprächstermin vereinbaren`, day, lang)}`
				: `A fixed appointment instead of attempts: when do you talk to whom about what? For example: ${exampleLine(`Call ${who.accusative} at 9 am and arrange a meeting`, day, lang)}`,
	},
	{
		readings: [[CALLBACK, ASK]],
		suggestion: ({ who, what, day }, lang) =>
			lang === "de"
				? `Selbst anrufen statt warten: Wann rufen Sie wen an, mit welchem Ziel? Zum Beispiel: ${exampleLine(`${capitalized(who.accusative)} anrufen und ${what ?? "den nächsten Schritt"} klären`, day, lang)}`
				: `Call yourself instead of waiting: when do you call whom, with what aim? For example: ${exampleLine(`Call ${who.accusative} and settle ${what ?? "the next step"}`, day, lang)}`,
	},
];

function extraSuggestion({ who, what, day }: StepParts, lang: Lang): string {
	return lang === "de"
		? `Diese Formulierung steht auf Ihrer Liste der Pseudo-Aktivitäten. Nennen Sie Datum, Person und Handlung mit Gegenstand, zum Beispiel: ${exampleLine(`${capitalized(who.dative)} ${what ?? "das Konzept"} vorstellen`, day, lang)}`
		: `This wording is on your list of pseudo-activities. Name a date, a person and an action with an object, for example: ${exampleLine(`Present ${what ?? "the concept"} to ${who.dative}`, day, lang)}`;
}

const STOPWORDS = new Set([
	"der",
	"die",
	"das",
	"den",
	"dem",
	"des",
	"ein",
	"eine",
	"einen",
	"einem",
	"einer",
	"um",
	"zu",
	"auf",
	"bei",
	"mit",
	"von",
	"fuer",
	"the",
	"a",
	"an",
	"to",
	"for",
	"of",
	"with",
	"at",
	"on",
]);

/** A user phrase as word-prefix tests: each remaining word's stem (first max(4, len-2) letters); compiled once per memo. */
export function extraPhrasePatterns(phrase: string, memo: VaguenessMemo): readonly WordPattern[] {
	const cached = memo.phrases.get(phrase);
	if (cached) return cached;
	const stems = fold(phrase.normalize("NFC"))
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== "" && !STOPWORDS.has(word))
		.map((word) => word.slice(0, Math.max(4, word.length - 2)));
	const patterns = stems.map((stem) => words(`${escapeRegExp(stem)}\\w*`));
	memo.phrases.set(phrase, patterns);
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
	check(input, lang) {
		for (const pseudo of PSEUDO_ACTIVITIES)
			for (const groups of pseudo.readings) if (all(groups, input.folded)) return pseudo.suggestion(stepParts(input, lang), lang);
		for (const phrase of input.extraPhrases)
			if (all(extraPhrasePatterns(phrase, input.memo), input.folded)) return extraSuggestion(stepParts(input, lang), lang);
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
