import { count } from "../../core/api";
import type { OverviewStrings } from "./overview-strings";

const customers = (n: number) => count(n, "customer", "customers");

export const overviewEn: OverviewStrings = {
	title: "Customer overview",
	customers,
	indexing: "Reading customers …",
	noCustomers: "No customers yet. Customer notes live in the customer folder or carry “type: customer” in their frontmatter.",
	phases: "Customers per phase",
	phaseChart: (model) => `Customers per phase: ${model}`,
	withoutPhase: "no phase",
	bar: (label, count) => `${label}: ${customers(count)}`,
	abc: "Customers per ABC class",
	written: "written",
	effective: "treated as",
	noClass: "none",
	pareto: "Revenue distribution (Pareto)",
	paretoChart: "Cumulative revenue share of customers sorted by revenue",
	paretoAxisX: "Customers by revenue",
	paretoAxisY: "Revenue share",
	cut: (threshold, count, share) => `${threshold}: ${customers(count)} (${share})`,
	point: (rank, name, revenue, cumulative) => `${rank}. ${name}: ${revenue}, cumulative ${cumulative}`,
	noRevenue: "No customer has a revenue yet.",
	stuck: "Stuck in a phase",
	stuckLine: (phase, days, threshold) => `${phase} for ${days} days (limit ${threshold})`,
	noneStuck: "No customer is stuck in a phase.",
	withoutNextStep: "Without next step",
	noneWithoutNextStep: "Every customer has a next step.",
	openNote: (name) => `Open ${name}`,
	settings: {
		heading: "Customer overview",
		stuckDays: {
			name: (model) => `Stuck after (days): ${model}`,
			desc: "How many days a customer may stand in one phase of this model before the overview shows it as stuck. Empty: the default.",
			invalid: "Please whole days from 1 to 3650.",
		},
	},
};
