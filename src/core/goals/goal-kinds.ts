import type { GoalId, GoalUnit } from "../model/goal";

export interface GoalKind {
	id: GoalId;
	keys: readonly string[];
	unit: GoalUnit;
	/**
	 * A level is on track when it stands at its target (revenue, average, contacts per week); a gain
	 * builds up over the period, so it is on track at the linear share of its target by today.
	 */
	level: boolean;
}

/** In the order the review and the code block list them. */
export const GOAL_KINDS: readonly GoalKind[] = [
	{ id: "customers", keys: ["kunden", "kundenzahl", "customers"], unit: "count", level: false },
	{ id: "customerGrowth", keys: ["kundenzuwachs", "zuwachs", "customerGrowth"], unit: "percent", level: false },
	{ id: "newCustomers", keys: ["neukunden", "newCustomers"], unit: "count", level: false },
	{ id: "newACustomers", keys: ["neue_a_kunden", "neueAKunden", "newACustomers"], unit: "count", level: false },
	{ id: "revenueExisting", keys: ["umsatz_bestandskunden", "umsatz_bestand", "revenueExisting"], unit: "amount", level: true },
	{ id: "revenueNew", keys: ["umsatz_neukunden", "umsatz_neu", "revenueNew"], unit: "amount", level: false },
	{ id: "revenuePerCustomer", keys: ["umsatz_je_kunde", "durchschnittsumsatz", "revenuePerCustomer"], unit: "amount", level: true },
	{
		id: "contactsPerWeek",
		keys: ["kontakte_pro_woche", "kontakte_je_woche", "besuche_pro_woche", "contactsPerWeek", "visitsPerWeek"],
		unit: "rate",
		level: true,
	},
];

/** The period: its first and last day, or both in one value (`2027`, `01.10.2026 – 30.09.2027`). */
export const PERIOD_KEYS = {
	from: ["von", "ab", "beginn", "from", "start"],
	to: ["bis", "ende", "to", "until", "end"],
	period: ["zeitraum", "period"],
} as const;
