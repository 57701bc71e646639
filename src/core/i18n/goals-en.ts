import type { GoalProgress } from "../model/goal";
import { goalNumber, goalPercent } from "./goal-format";
import type { GoalMessages } from "./goal-messages";

const figures = (g: GoalProgress) => `${goalNumber(g.value, g.unit, "en")} of ${goalNumber(g.target, g.unit, "en")} (${goalPercent(g.percent)})`;
const left = (n: number) => (n === 1 ? "1 day left" : `${n} days left`);

function status(g: GoalProgress, from: string): string {
	switch (g.track) {
		case "reached":
			return g.daysLeft > 0 ? `reached · ${left(g.daysLeft)}` : "reached";
		case "on-track":
			return `on track · ${left(g.daysLeft)}`;
		case "behind":
			return `behind${g.expected === g.target ? "" : ` (expected ${goalNumber(g.expected, g.unit, "en")})`} · ${left(g.daysLeft)}`;
		case "missed":
			return "missed, period over";
		case "not-started":
			return `starts on ${from}`;
	}
}

export const goalsEn: GoalMessages = {
	title: "Sales goals",
	label: {
		customers: "Customers",
		customerGrowth: "Customer growth",
		newCustomers: "New customers",
		newACustomers: "New A customers",
		revenueExisting: "Revenue from existing customers",
		revenueNew: "Revenue from new customers",
		revenuePerCustomer: "Revenue per customer",
		contactsPerWeek: "Contacts per week",
	},
	line: (g, from) => `${goalsEn.label[g.id]}: ${figures(g)} · ${status(g, from)}`,
	figures,
	status,
	unreadable: (unit, key, value) =>
		`${key}: "${value}" is ${unit === "amount" ? "no amount (e.g. 250,000 EUR, 1.6 Mio)" : unit === "percent" ? "no percentage (e.g. 25 %)" : unit === "count" ? "no whole number (e.g. 5)" : "no number (e.g. 5 or 2.5)"}`,
	notADay: (key, value) => `${key}: "${value}" is no date (e.g. 2027-01-01)`,
	notAPeriod: (key, value) => `${key}: "${value}" is no period (e.g. 2027 or 2026-10-01 – 2027-09-30)`,
	endBeforeStart: (fromKey, from, toKey, to) => `${toKey}: ${to} is before ${fromKey} ${from}`,
	noPeriod: () => "Period missing: please set from and to (or period)",
	notFound: (path) => `Goals note not found: ${path}`,
	noTargets: () => "No goals set (e.g. newCustomers: 5, revenueNew: 250000)",
};
