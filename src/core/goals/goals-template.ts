import { yearOf } from "../dates/day";
import type { Lang } from "../i18n/lang";
import type { IsoDay } from "../model/day";

/**
 * A new goals note for the year of `day`: the period and every kind of goal, with example targets to
 * overwrite, and a `kundenziele` block that shows where they stand.
 */
export function goalsTemplate(day: IsoDay, lang: Lang): string {
	const year = yearOf(day);
	const fence = "```";
	return lang === "de"
		? `---\ntyp: ziele\nerstellt: ${day}\nvon: ${year}-01-01\nbis: ${year}-12-31\nkunden: 20\nkundenzuwachs: 10 %\nneukunden: 3\nneue_a_kunden: 1\numsatz_bestandskunden: 1.000.000 €\numsatz_neukunden: 150.000 €\numsatz_je_kunde: 60.000 €\nkontakte_pro_woche: 5\n---\n\n# Vertriebsziele ${year}\n\n${fence}kundenziele\n${fence}\n\n## Herleitung\n\n`
		: `---\ntype: goals\ncreated: ${day}\nfrom: ${year}-01-01\nto: ${year}-12-31\ncustomers: 20\ncustomerGrowth: 10 %\nnewCustomers: 3\nnewACustomers: 1\nrevenueExisting: 1000000\nrevenueNew: 150000\nrevenuePerCustomer: 60000\ncontactsPerWeek: 5\n---\n\n# Sales goals ${year}\n\n${fence}kundenziele\n${fence}\n\n## Reasoning\n\n`;
}
