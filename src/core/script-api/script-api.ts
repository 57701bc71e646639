import type { CustomerRecord } from "../customers/customer-record";
import type { LineDates } from "../dates/extract";
import type { IndexResult } from "../index/index-result";
import type { Activity, ReasonCode } from "../model/activity";
import type { IsoDay } from "../model/day";
import type { ReviewData } from "../review/collect";

/** The API's version: the minor part grows with additions, the major part with changes that break scripts. */
export const API_VERSION = "1.0";

/** One customer with its activities, as `customer(path)` returns it. */
export interface ApiCustomer {
	customer: CustomerRecord;
	/** Every activity attributed to the customer, in the index's order. */
	activities: Activity[];
}

/** The daily review as data: the lists the `kundenreview` block shows, for one day (see `ReviewData`). */
export type ApiReview = Pick<ReviewData, "date" | "dueToday" | "overdue" | "contactDue" | "contactDueSoon" | "noNextStep" | "vague" | "birthdays">;

/** How the vagueness rules judge a line, as the Aktivität hinzufügen form does. */
export interface ApiJudgement {
	vague: boolean;
	/** The rules that fired, in the contract's order; hints (`no-person`, `mixed-purpose`) never make a line vague. */
	reasons: ReasonCode[];
	/** How to make it concrete, in the plugin's language; null when not vague. */
	suggestion: string | null;
	/** The day the text names, or null. */
	date: IsoDay | null;
}

/**
 * The script API at `app.plugins.plugins.kundendossier.api`, for Dataview, Templater and QuickAdd.
 * Every value returned is a fresh copy: changing it changes nothing in the plugin.
 */
export interface KundendossierApi {
	/** `"major.minor"`; check the major part before relying on a shape. */
	readonly version: string;
	/** The whole index: customers, activities and unreadable notes, for the index's day (`today`). Empty until the first index is built. */
	index(): IndexResult;
	/** One customer by the path of its note (`Kunden/Müller.md`; `.md` may be left off), or null when that note is no customer. */
	customer(path: string): ApiCustomer | null;
	/** The review for a day (`YYYY-MM-DD`), by default today. Relative dates in notes count from the index's day. */
	review(date?: IsoDay): ApiReview;
	/** The dates the plugin reads in a line: its date, the last day of a period, a done date; relative words count from `reference` (default today). */
	parseDate(text: string, reference?: IsoDay): LineDates;
	/** Whether a line is vague or concrete, why, and how to make it concrete; `customer` (a path) names its people in the suggestion. */
	judge(text: string, customer?: string): ApiJudgement;
}
