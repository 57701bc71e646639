import type { VaguenessRule, RuleExamples } from "./rule";
import { words } from "../text/words";
import { capitalized, exampleLine, stepParts } from "./example-step";
import { OTHERS_ACT } from "./others-act";

/*
 * Waiting, trying and hoping put the next step in someone else's hands (DOMAIN §4).
 * All patterns are whole words over folded text, so "Wartung", "Erwartung", "Versuchsaufbau",
 * "entry" and "country" never match. "ausprobieren" and "try out" are left out on purpose:
 * letting a customer try a machine is a concrete step, not a hope. Waiting for someone else to act
 * counts too (`others-act.ts`).
 */
export const WAIT = [
	"warten|warte|wartet|wartest|wartete|warteten|wartend\\w*|gewartet",
	"abwarten|abwarte|abwartet|abwartete\\w*|abwartend\\w*|abgewartet|abzuwarten",
	"wait|waits|waiting|waited|await\\w*",
].join("|");

export const TRY = [
	// "Versuch" is the noun as a whole word ("letzter Versuch"); "Versuchsaufbau" stays out.
	"versuchen|versucht|versuche|versuchst|versuchte|versuchten|versuch",
	"probieren|probiert|probiere|probierst|probierte\\w*",
	"(?:try|tries|trying|tried)(?! out)|attempt\\w*",
].join("|");

/* "hopefully" fires like its German twin "hoffentlich": both announce a hope, not a step. */
export const HOPE = ["hoffen|hofft|hoffe|hoffst|hoffte\\w*|gehofft|hoffend|hoffentlich|hoffnung|erhoff\\w*", "hope|hopes|hoping|hoped|hopefully"].join("|");

const PATTERN = words(`${WAIT}|${TRY}|${HOPE}`);
const OTHERS = words(OTHERS_ACT);

export const waitingVerb: VaguenessRule = {
	code: "waiting-verb",
	kind: "vague",
	check(input, lang) {
		if (!PATTERN.test(input.folded) && !OTHERS.test(input.folded)) return null;
		const { who, what, day } = stepParts(input, lang);
		return lang === "de"
			? `Den nächsten Schritt selbst in die Hand nehmen: Was tun Sie, bis wann, mit wem? Statt zu warten: ${exampleLine(`${capitalized(who.accusative)} anrufen und ${what ?? "den Stand"} besprechen`, day, lang)}`
			: `Take the next step yourself: what do you do, by when, with whom? Instead of waiting: ${exampleLine(`Call ${who.accusative} and discuss ${what ?? "where things stand"}`, day, lang)}`;
	},
};

/** Examples that document the rule and are its first tests (apart from the rule, so bundles can leave them out). */
export const examples: RuleExamples = {
	de: [
		{ text: "Auf Antwort von Herrn Meier warten", fires: true },
		{ text: "Entscheidung des Einkaufs abwarten", fires: true },
		{ text: "Nochmal versuchen, Frau Gerens zu erreichen", fires: true },
		{ text: "Letzter Versuch bei der Firma Kaiser", fires: true },
		{ text: "Hoffentlich bestellt Frau Porens bis Weihnachten", fires: true },
		{ text: "Kunde meldet sich nach dem Urlaub", fires: true },
		{ text: "Herrn Müller anrufen und den Termin bestätigen", fires: false },
		{ text: "Am 24. November mit Frau Gerens die Erwartungen klären", fires: false },
		{ text: "Dem Betriebsleiter den Wartungsvertrag anbieten", fires: false },
		{ text: "Versuchsaufbau beim Produktionsleiter vorführen", fires: false },
	],
	en: [
		{ text: "Wait for Mr. Smith's answer", fires: true },
		{ text: "Await the purchasing decision", fires: true },
		{ text: "Try to reach Mrs. Jones again", fires: true },
		{ text: "Hope for a repeat order", fires: true },
		{ text: "Hopefully close the deal before Christmas", fires: true },
		{ text: "Customer gets back to us after the fair", fires: true },
		{ text: "Call back Mr. Smith about the delivery", fires: false },
		{ text: "Let the plant manager try out the new machine", fires: false },
		{ text: "Present the entry-level model to the country manager", fires: false },
		{ text: "Clarify expectations with Mrs. Jones", fires: false },
	],
};
