import type { RuleExamples, VaguenessRule } from "./rule";

/*
 * "morgen", "nächsten Dienstag" with nothing to count from (no dated heading, no daily note) count
 * from today, every day anew: the activity never falls due. The date as of today is the fix.
 */
export const floatingDate: VaguenessRule = {
	code: "floating-date",
	kind: "vague",
	check(input, lang) {
		if (!input.floating || input.date === null) return null;
		return lang === "de"
			? `Datum festschreiben: „📅 ${input.date}“ – ohne Bezugsdatum zählt die Angabe jeden Tag neu ab heute und wird nie fällig`
			: `Pin the date: “📅 ${input.date}” – without a reference date it counts from today, every day anew, and never falls due`;
	},
};

/** Examples that document the rule and are its first tests. */
export const examples: RuleExamples = {
	de: [
		{ text: "Morgen Herrn Schulz anrufen", fires: true, date: "2026-11-24", floating: true },
		{ text: "Nächsten Dienstag Frau Gerens das Angebot zeigen", fires: true, date: "2026-12-01", floating: true },
		{ text: "In 2 Wochen Frau Porens zum Essen einladen", fires: true, date: "2026-12-07", floating: true },
		{ text: "Am 3.12. Herrn Schulz das Angebot vorstellen", fires: false, date: "2026-12-03" },
		{ text: "Morgen Herrn Schulz anrufen (unter „## 2026-11-23 Planung“)", fires: false, date: "2026-11-24", floating: false },
	],
	en: [
		{ text: "Call Mr Schulz tomorrow", fires: true, date: "2026-11-24", floating: true },
		{ text: "Next Tuesday show Mrs Gerens the offer", fires: true, date: "2026-12-01", floating: true },
		{ text: "Show Mrs Gerens the offer on 3 December", fires: false, date: "2026-12-03" },
		{ text: "Call Mr Schulz tomorrow (in the daily note of 2026-11-23)", fires: false, date: "2026-11-24", floating: false },
	],
};
