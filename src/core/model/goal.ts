// Sales goals as the review, the block and the catalogues see them (computed in goals/).

/** The sales goals a goals note can set (DOMAIN §5). */
export type GoalId =
	"customers" | "customerGrowth" | "newCustomers" | "revenueExisting" | "revenueNew" | "revenuePerCustomer" | "newACustomers" | "contactsPerWeek";

/** How a target is written and shown: a count, a percentage, an amount in €, or a number per week. */
export type GoalUnit = "count" | "percent" | "amount" | "rate";

/** `reached` whenever the value stands at the target; `missed` once the period is over without. */
export type GoalTrack = "reached" | "on-track" | "behind" | "missed" | "not-started";

/** One goal on one day: one line of the review and of the `kundenziele` block. */
export interface GoalProgress {
	id: GoalId;
	unit: GoalUnit;
	key: string;
	/** Null when the index cannot tell (no customer with revenue, growth from none). */
	value: number | null;
	target: number;
	/** How much of the target is reached, in per cent (uncapped); null without a value. */
	percent: number | null;
	/** What the value should be by the day on a straight line from the period's start; null before it. */
	expected: number | null;
	/** Days of the period from the day on, the day included; 0 once it is over. */
	daysLeft: number;
	track: GoalTrack;
}
