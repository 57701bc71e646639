/** Texts of the customer overview (code block and the dossier view without a customer note). */
export interface OverviewStrings {
	title: string;
	customers(n: number): string;
	indexing: string;
	noCustomers: string;
	phases: string;
	/** The chart's accessible name: "Kunden je Phase: Kundenherz". */
	phaseChart(model: string): string;
	withoutPhase: string;
	/** A bar's tooltip: "Vertrauen: 3 Kunden". */
	bar(label: string, count: number): string;
	abc: string;
	written: string;
	effective: string;
	noClass: string;
	pareto: string;
	paretoChart: string;
	paretoAxisX: string;
	paretoAxisY: string;
	/** A cut's label: "65 %: 2 Kunden (17 %)". */
	cut(threshold: string, count: number, customerShare: string): string;
	point(rank: number, name: string, revenue: string, cumulative: string): string;
	noRevenue: string;
	stuck: string;
	/** "Kennenlernen seit 660 Tagen (Grenze 365)". */
	stuckLine(phase: string, days: number, threshold: number): string;
	noneStuck: string;
	withoutNextStep: string;
	noneWithoutNextStep: string;
	openNote(name: string): string;
	settings: { heading: string; stuckDays: { name(model: string): string; desc: string; invalid: string } };
}
