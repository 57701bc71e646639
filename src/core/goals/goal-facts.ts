import type { CustomerRecord } from "../customers/customer-record";
import { effectiveAbc } from "../customers/effective-abc";
import { isIsoDay } from "../dates/day";
import type { IndexResult } from "../index/index-result";
import type { IsoDay } from "../model/day";
import { createPhaseCatalog } from "../phases/catalog";
import type { GoalPeriod } from "./goal-period";

/** What the index says about the goals on one day. */
export interface GoalFacts {
	/** Customers by lifecycle status: Neukunde, Stammkunde or Top-Kunde (not Wunschkunde or Interessent). */
	customers: number;
	/** Of those, the ones won in the period up to the day. */
	newCustomers: number;
	newACustomers: number;
	revenueExisting: number;
	revenueNew: number;
	/** Average revenue of the customers with a revenue; null when none has one. */
	revenuePerCustomer: number | null;
	/** Done contacts (logs and tasks) in the period up to the day, one per line. */
	contacts: number;
}

const LIFECYCLE = createPhaseCatalog();
const MODEL = LIFECYCLE.model("lebenszyklus");
/** Index of Neukunde among the lifecycle stages: from here on it is a customer. */
const FIRST_CUSTOMER_STAGE = 2;

export function goalFacts(index: IndexResult, period: GoalPeriod, day: IsoDay): GoalFacts {
	const active = index.customers.filter((c) => stage(c.dossier.status) >= FIRST_CUSTOMER_STAGE);
	const won = active.filter((c) => {
		const since = wonOn(c);
		return since !== null && since >= period.from && since <= day && since <= period.to;
	});
	const isNew = new Set(won);
	const revenue = (list: readonly CustomerRecord[]) => list.reduce((sum, c) => sum + (c.dossier.revenue ?? 0), 0);
	const withRevenue = active.filter((c) => c.dossier.revenue !== null);
	const last = day < period.to ? day : period.to;
	const contacts = new Set<string>();
	for (const a of index.activities) {
		const on = a.doneDate ?? a.date;
		if (a.status === "done" && on !== null && on >= period.from && on <= last) contacts.add(`${a.path}\n${a.line}`);
	}
	return {
		customers: active.length,
		newCustomers: won.length,
		newACustomers: won.filter((c) => effectiveAbc(c) === "A").length,
		revenueExisting: revenue(active.filter((c) => !isNew.has(c))),
		revenueNew: revenue(won),
		revenuePerCustomer: withRevenue.length ? revenue(withRevenue) / withRevenue.length : null,
		contacts: contacts.size,
	};
}

function stage(status: string | null): number {
	return status !== null && MODEL ? LIFECYCLE.phaseIndex(MODEL, status) : -1;
}

/**
 * The day a customer was won: in the lifecycle model, the first recorded customer stage; else, for a
 * Neukunde, the day its note was created. Null when nothing tells.
 */
function wonOn(c: CustomerRecord): IsoDay | null {
	if (c.phaseModel === "lebenszyklus") {
		const step = c.phaseHistory.find((s) => stage(s.phase) >= FIRST_CUSTOMER_STAGE && isIsoDay(s.date));
		if (step) return step.date;
	}
	return stage(c.dossier.status) === FIRST_CUSTOMER_STAGE ? c.dossier.created : null;
}
