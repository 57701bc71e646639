import type { AbcClass } from "../model/customer";
import { compare } from "../text/compare";

export interface RevenueEntry {
	key: string;
	revenue: number;
}

export interface AbcResult {
	abc: AbcClass;
	/** This customer's share of the total revenue (0..1). */
	share: number;
	/** Cumulative share up to and including this customer. */
	cumulative: number;
	/** Rank by revenue, 1 = highest. */
	rank: number;
}

/**
 * ABC analysis (DOMAIN §3, CONTRACT): sorted by revenue, highest first (ties by key, so the result is
 * stable). A while the cumulative share is at most `a`, B while at most `b`, else C; the first is always A.
 */
export function analyseAbc(entries: readonly RevenueEntry[], thresholds: { a: number; b: number }): Map<string, AbcResult> {
	const sorted = [...entries].sort((x, y) => y.revenue - x.revenue || compare(x.key, y.key));
	const total = sorted.reduce((sum, e) => sum + e.revenue, 0);
	const result = new Map<string, AbcResult>();
	let running = 0;
	sorted.forEach((entry, i) => {
		running += entry.revenue;
		const cumulative = total > 0 ? running / total : 1;
		const share = total > 0 ? entry.revenue / total : 0;
		// A tiny tolerance keeps 0.65 from failing against 0.6500000000000001 after summing.
		const abc: AbcClass = i === 0 || cumulative <= thresholds.a + 1e-9 ? "A" : cumulative <= thresholds.b + 1e-9 ? "B" : "C";
		result.set(entry.key, { abc, share, cumulative, rank: i + 1 });
	});
	return result;
}

/** The revenue of the smallest customer the analysis puts in A, or null without any: the bar a potential must reach to lift. */
export function aFloor(entries: readonly RevenueEntry[], result: ReadonlyMap<string, AbcResult>): number | null {
	let floor: number | null = null;
	for (const e of entries) if (result.get(e.key)?.abc === "A" && (floor === null || e.revenue < floor)) floor = e.revenue;
	return floor;
}
