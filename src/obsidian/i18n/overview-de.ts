import { count } from "../../core/api";
import type { OverviewStrings } from "./overview-strings";

const kunden = (n: number) => count(n, "Kunde", "Kunden");

export const overviewDe: OverviewStrings = {
	title: "Kundenübersicht",
	customers: kunden,
	indexing: "Kunden werden gelesen …",
	noCustomers: "Noch keine Kunden. Kundennotizen liegen im Kundenordner oder tragen „typ: kunde“ im Frontmatter.",
	phases: "Kunden je Phase",
	phaseChart: (model) => `Kunden je Phase: ${model}`,
	withoutPhase: "ohne Phase",
	bar: (label, count) => `${label}: ${kunden(count)}`,
	abc: "Kunden je ABC-Klasse",
	written: "eingetragen",
	effective: "behandelt als",
	noClass: "ohne",
	pareto: "Umsatzverteilung (Pareto)",
	paretoChart: "Kumulierter Umsatzanteil der Kunden, nach Umsatz sortiert",
	paretoAxisX: "Kunden nach Umsatz",
	paretoAxisY: "Umsatzanteil",
	cut: (threshold, count, share) => `${threshold}: ${kunden(count)} (${share})`,
	point: (rank, name, revenue, cumulative) => `${rank}. ${name}: ${revenue}, kumuliert ${cumulative}`,
	noRevenue: "Kein Kunde hat einen Umsatz eingetragen.",
	stuck: "Festgefahren",
	stuckLine: (phase, days, threshold) => `${phase} seit ${days} Tagen (Grenze ${threshold})`,
	noneStuck: "Kein Kunde steckt in einer Phase fest.",
	withoutNextStep: "Ohne nächsten Schritt",
	noneWithoutNextStep: "Jeder Kunde hat einen nächsten Schritt.",
	openNote: (name) => `${name} öffnen`,
	settings: {
		heading: "Kundenübersicht",
		stuckDays: {
			name: (model) => `Festgefahren nach (Tage): ${model}`,
			desc: "Wie viele Tage ein Kunde in einer Phase dieses Modells stehen darf, bevor die Übersicht ihn als festgefahren zeigt. Leer: der Standardwert.",
			invalid: "Bitte ganze Tage von 1 bis 3650.",
		},
	},
};
