import type { VaguenessRule, RuleExamples } from "./rule";

/* The date comes from the activity's parser (Tasks emoji, dataview field or prose); rules never read dates. */
export const noDate: VaguenessRule = {
	code: "no-date",
	kind: "vague",
	label: { de: "kein Datum", en: "no date" },
	check(input, lang) {
		if (input.date !== null) return null;
		return lang === "de"
			? "Ein Datum festlegen: Wann genau? Zum Beispiel „📅 2026-11-30“ oder „Am 30. November Frau Gerens das Konzept vorstellen“"
			: "Set a date: when exactly? For example “📅 2026-11-30” or “On 30 November present the concept to Mrs Gerens”";
	},
};

/** Examples that document the rule and are its first tests (apart from the rule, so bundles can leave them out). */
export const examples: RuleExamples = {
	de: [
		{ text: "Frau Gerens das Konzept vorstellen", fires: true, date: null },
		{ text: "Dem Betriebsleiter die neueste Technologie präsentieren", fires: true, date: null },
		{ text: "Am 23. November Frau Gerens das Konzept vorstellen", fires: false, date: "2026-11-23" },
		{ text: "Herrn Meier anrufen 📅 2026-11-30", fires: false, date: "2026-11-30" },
	],
	en: [
		{ text: "Present the concept to Mrs Gerens", fires: true, date: null },
		{ text: "Send the quote to the buyer", fires: true, date: null },
		{ text: "On 23 November present the concept to Mrs Gerens", fires: false, date: "2026-11-23" },
		{ text: "Call Mr Meier 📅 2026-11-30", fires: false, date: "2026-11-30" },
	],
};
