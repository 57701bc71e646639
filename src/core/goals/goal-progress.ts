import { daysBetween } from "../dates/day";
import type { IsoDay } from "../model/day";
import type { GoalFacts } from "./goal-facts";
import type { GoalId, GoalProgress, GoalTrack } from "../model/goal";
import type { GoalPeriod } from "./goal-period";
import type { GoalTarget } from "./goals-spec";

export function goalProgress(goal: GoalTarget, facts: GoalFacts, period: GoalPeriod, day: IsoDay): GoalProgress {
	const total = daysBetween(period.from, period.to) + 1;
	const elapsed = Math.min(Math.max(daysBetween(period.from, day) + 1, 0), total);
	const share = elapsed / total;
	const value = valueOf(goal.kind.id, facts, elapsed);
	// A gain starts from where it stood when the period began: customers from those not won since.
	const start = goal.kind.id === "customers" ? facts.customers - facts.newCustomers : 0;
	const expected = elapsed === 0 ? null : goal.kind.level ? goal.target : start + (goal.target - start) * share;
	const track: GoalTrack =
		value !== null && value >= goal.target
			? "reached"
			: day > period.to
				? "missed"
				: expected === null
					? "not-started"
					: value !== null && value >= expected
						? "on-track"
						: "behind";
	return {
		id: goal.kind.id,
		unit: goal.kind.unit,
		key: goal.key,
		value,
		target: goal.target,
		percent: value === null ? null : goal.target === 0 ? 100 : (value / goal.target) * 100,
		expected,
		daysLeft: day > period.to ? 0 : day < period.from ? total : daysBetween(day, period.to) + 1,
		track,
	};
}

function valueOf(id: GoalId, f: GoalFacts, elapsedDays: number): number | null {
	switch (id) {
		case "customers":
			return f.customers;
		case "customerGrowth": {
			const before = f.customers - f.newCustomers;
			return before > 0 ? (f.newCustomers / before) * 100 : null;
		}
		case "newCustomers":
			return f.newCustomers;
		case "newACustomers":
			return f.newACustomers;
		case "revenueExisting":
			return f.revenueExisting;
		case "revenueNew":
			return f.revenueNew;
		case "revenuePerCustomer":
			return f.revenuePerCustomer;
		case "contactsPerWeek":
			return elapsedDays > 0 ? (f.contacts / elapsedDays) * 7 : null;
	}
}
