import type { VaguenessRule, RuleExamples } from "./rule";
import { exampleLine } from "./example-step";
import { nextWorkingDay } from "./next-working-day";

// The line itself with a date is the clearest example; a long line is shortened to its start.
const QUOTED_LENGTH = 60;

/* The date comes from the activity's parser (Tasks emoji, dataview field or prose); rules never read dates. */
/** The line's start, cut after a whole word. */
function shortened(text: string): string {
	const start = text.slice(0, QUOTED_LENGTH + 1);
	const space = start.lastIndexOf(" ");
	return (space > 0 ? start.slice(0, space) : start.slice(0, QUOTED_LENGTH)).replace(/[\s,;:–-]+$/u, "");
}

export const noDate: VaguenessRule = {
	code: "no-date",
	kind: "vague",
	check(input, lang) {
		if (input.date !== null) return null;
		const text = input.text.length > QUOTED_LENGTH ? `${shortened(input.text)} …` : input.text;
		const example = exampleLine(text, input.today ? nextWorkingDay(input.today) : lang === "de" ? "JJJJ-MM-TT" : "YYYY-MM-DD", lang);
		return lang === "de" ? `Ein Datum festlegen: Wann genau? Zum Beispiel ${example}` : `Set a date: when exactly? For example ${example}`;
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
