import type { IndexResult } from "../index/index-result";
import type { IsoDay } from "../model/day";
import type { PhaseModel } from "../phases/model";
import { abcCounts, type AbcCounts, type ClassKey } from "./abc-counts";
import { pareto, type Pareto } from "./pareto";
import { phaseCounts, type ModelCounts } from "./phase-counts";
import { stuckCustomers, type StuckCustomer } from "./stuck";
import { withoutNextStep, type CustomerRef } from "./without-next-step";

/** Everything the customer overview shows, computed from the index for one day. */
export interface CustomerOverview {
	today: IsoDay;
	customers: number;
	phases: ModelCounts[];
	abc: AbcCounts;
	pareto: Pareto;
	stuck: StuckCustomer[];
	withoutNextStep: Record<ClassKey, CustomerRef[]>;
}

export interface OverviewOptions {
	/** The phase models in catalog order. */
	models: readonly PhaseModel[];
	/** Where class A and class B end (cumulative revenue share): the Pareto cuts. */
	abcThresholds: { a: number; b: number };
	/** Stuck thresholds the user set, per model id (defaults for the rest). */
	stuckDays: Readonly<Record<string, number>>;
}

export function customerOverview(index: IndexResult, options: OverviewOptions, today: IsoDay = index.today): CustomerOverview {
	const { customers } = index;
	return {
		today,
		customers: customers.length,
		phases: phaseCounts(customers, options.models),
		abc: abcCounts(customers),
		pareto: pareto(customers, [options.abcThresholds.a, options.abcThresholds.b]),
		stuck: stuckCustomers(customers, today, options.stuckDays),
		withoutNextStep: withoutNextStep(customers),
	};
}
