import type { CustomerRecord } from "../customers/customer-record";
import type { IndexResult } from "../index/index-result";
import type { Activity } from "../model/activity";
import type { IsoDay } from "../model/day";
import { birthdaysAhead, type BirthdayEntry } from "./birthdays";
import { compare } from "../text/compare";
import { effectiveAbc } from "../customers/effective-abc";
import type { GoalsReport } from "../goals/goals-report";

/** The daily review as data (DOMAIN §6); rendering is separate. */
export interface ReviewData {
	date: IsoDay;
	/** Open activities due on the day (a period that covers it counts). */
	dueToday: Activity[];
	/** Open activities whose (last) day has passed, oldest first. */
	overdue: Activity[];
	/** Customers whose contact is overdue on the day, or who were never contacted. */
	contactDue: CustomerRecord[];
	/** Customers whose next contact falls due within the next days (`contact-due`). */
	contactDueSoon: CustomerRecord[];
	/** Customers without an open, dated, concrete next step. */
	noNextStep: CustomerRecord[];
	/** Open activities judged vague. */
	vague: Activity[];
	/** Birthdays of contacts from the day up to the birthday window of the settings. */
	birthdays: BirthdayEntry[];
	birthdayDays: number;
	customers: ReadonlyMap<string, CustomerRecord>;
	/** The goals note measured on the day; null when there is none. */
	goals: GoalsReport | null;
}

const RANK = { A: 0, B: 1, C: 2 } as const;

/** A first: priority sets the effort (DOMAIN §3). Customers without class come last. */
export function priority(customer: CustomerRecord | undefined): number {
	const abc = effectiveAbc(customer);
	return abc ? RANK[abc] : 3;
}

export function collectReview(index: IndexResult, birthdayDays: number, goals: GoalsReport | null = null): ReviewData {
	const date = index.today;
	const customers = new Map(index.customers.map((c) => [c.path, c]));
	const byPriority = (a: Activity, b: Activity) =>
		priority(customers.get(a.customer)) - priority(customers.get(b.customer)) ||
		compare(a.date ?? "", b.date ?? "") ||
		compare(a.path, b.path) ||
		a.line - b.line;
	const open = index.activities.filter((a) => a.status === "open");
	const customersBy = (code: string) =>
		index.customers.filter((c) => c.problems.some((p) => p.code === code)).sort((a, b) => priority(a) - priority(b) || compare(a.name, b.name));
	return {
		date,
		dueToday: open.filter((a) => a.date !== null && a.date <= date && (a.dateEnd ?? a.date) >= date).sort(byPriority),
		overdue: open.filter((a) => a.date !== null && (a.dateEnd ?? a.date) < date).sort((a, b) => compare(a.date ?? "", b.date ?? "") || byPriority(a, b)),
		contactDue: customersBy("contact-overdue"),
		contactDueSoon: customersBy("contact-due"),
		noNextStep: customersBy("no-next-step"),
		vague: open.filter((a) => a.vague).sort(byPriority),
		birthdays: birthdaysAhead(index.customers, date, birthdayDays),
		birthdayDays,
		customers,
		goals,
	};
}
