import { contactProblem } from "../customers/contact";
import type { CustomerRecord } from "../customers/customer-record";
import type { Messages } from "../i18n/messages";
import type { IndexResult } from "../index/index-result";
import type { IsoDay } from "../model/day";
import { collectReview } from "../review/collect";
import type { ApiReview } from "./script-api";

const CONTACT_CODES = new Set(["contact-overdue", "contact-due"]);

/** The customer's contact cadence judged on another day than the index's. */
function contactOn(customer: CustomerRecord, date: IsoDay, t: Messages): CustomerRecord {
	const problem = contactProblem(customer.lastContact, customer.contactInterval, date, t);
	const problems = customer.problems.filter((p) => !CONTACT_CODES.has(p.code));
	return { ...customer, problems: problem ? [...problems, problem] : problems };
}

/**
 * The review's lists for `date`. On the index's own day it is the review the plugin shows; on another
 * day due and overdue follow that day and the contact cadence is judged again for it.
 */
export function reviewForDay(index: IndexResult, date: IsoDay, birthdayDays: number, t: Messages): ApiReview {
	const shifted = date === index.today ? index : { ...index, today: date, customers: index.customers.map((c) => contactOn(c, date, t)) };
	const review = collectReview(shifted, birthdayDays);
	return {
		date: review.date,
		dueToday: review.dueToday,
		overdue: review.overdue,
		contactDue: review.contactDue,
		contactDueSoon: review.contactDueSoon,
		noNextStep: review.noNextStep,
		vague: review.vague,
		birthdays: review.birthdays,
	};
}
