import type { GoalProgress } from "../model/goal";
import { goalNumber, goalPercent } from "./goal-format";
import type { GoalMessages } from "./goal-messages";

const figures = (g: GoalProgress) => `${goalNumber(g.value, g.unit, "de")} von ${goalNumber(g.target, g.unit, "de")} (${goalPercent(g.percent)})`;
const left = (n: number) => (n === 1 ? "noch 1 Tag" : `noch ${n} Tage`);

function status(g: GoalProgress, from: string): string {
	switch (g.track) {
		case "reached":
			return g.daysLeft > 0 ? `erreicht · ${left(g.daysLeft)}` : "erreicht";
		case "on-track":
			return `im Plan · ${left(g.daysLeft)}`;
		case "behind":
			return `hinter Plan${g.expected === g.target ? "" : ` (erwartet ${goalNumber(g.expected, g.unit, "de")})`} · ${left(g.daysLeft)}`;
		case "missed":
			return "verfehlt, Zeitraum vorbei";
		case "not-started":
			return `beginnt am ${from}`;
	}
}

export const goalsDe: GoalMessages = {
	title: "Verkaufsziele",
	label: {
		customers: "Kunden",
		customerGrowth: "Kundenzuwachs",
		newCustomers: "Neukunden",
		newACustomers: "Neue A-Kunden",
		revenueExisting: "Umsatz mit Bestandskunden",
		revenueNew: "Umsatz mit Neukunden",
		revenuePerCustomer: "Umsatz je Kunde",
		contactsPerWeek: "Kontakte je Woche",
	},
	line: (g, from) => `${goalsDe.label[g.id]}: ${figures(g)} · ${status(g, from)}`,
	figures,
	status,
	unreadable: (unit, key, value) =>
		`${key}: „${value}“ ist ${unit === "amount" ? "kein Betrag (z. B. 250.000 €, 1,6 Mio)" : unit === "percent" ? "kein Prozentwert (z. B. 25 %)" : unit === "count" ? "keine ganze Zahl (z. B. 5)" : "keine Zahl (z. B. 5 oder 2,5)"}`,
	notADay: (key, value) => `${key}: „${value}“ ist kein Datum (z. B. 2027-01-01 oder 01.01.2027)`,
	notAPeriod: (key, value) => `${key}: „${value}“ ist kein Zeitraum (z. B. 2027 oder 01.10.2026 – 30.09.2027)`,
	endBeforeStart: (fromKey, from, toKey, to) => `${toKey}: ${to} liegt vor ${fromKey} ${from}`,
	noPeriod: () => "Zeitraum fehlt: bitte von und bis setzen (oder zeitraum)",
	notFound: (path) => `Zielnotiz nicht gefunden: ${path}`,
	noTargets: () => "Keine Ziele gesetzt (z. B. neukunden: 5, umsatz_neukunden: 250.000 €)",
};
