import { compare } from "../text/compare";

export interface ParetoPoint {
	path: string;
	name: string;
	revenue: number;
	/** Cumulative revenue share up to and including this customer (0..1). */
	cumulative: number;
}

/** Where the cumulative share first reaches `threshold`: the first `count` customers make it. */
export interface ParetoCut {
	threshold: number;
	count: number;
	/** `count` as a share of the customers with revenue. */
	customerShare: number;
}

export interface Pareto {
	total: number;
	points: ParetoPoint[];
	cuts: ParetoCut[];
}

interface RevenueOf {
	path: string;
	name: string;
	dossier: { revenue: number | null };
}

/**
 * The Pareto curve of revenue (DOMAIN §3): customers with a revenue, highest first (ties by path),
 * with their cumulative share, and the cuts at the ABC thresholds (65 % and 85 % by default).
 */
export function pareto(customers: readonly RevenueOf[], thresholds: readonly number[]): Pareto {
	const withRevenue = customers
		.filter((c) => c.dossier.revenue !== null && c.dossier.revenue > 0)
		.map((c) => ({ path: c.path, name: c.name, revenue: c.dossier.revenue as number }))
		.sort((x, y) => y.revenue - x.revenue || compare(x.path, y.path));
	const total = withRevenue.reduce((sum, c) => sum + c.revenue, 0);
	let running = 0;
	const points = withRevenue.map((c) => {
		running += c.revenue;
		return { ...c, cumulative: running / total };
	});
	const cuts = total > 0 ? thresholds.map((threshold) => cut(points, threshold)) : [];
	return { total, points, cuts };
}

function cut(points: readonly ParetoPoint[], threshold: number): ParetoCut {
	// A tiny tolerance, as in the ABC analysis: 0.65 must reach 0.6499999999999999 after summing.
	const index = points.findIndex((p) => p.cumulative >= threshold - 1e-9);
	const count = index < 0 ? points.length : index + 1;
	return { threshold, count, customerShare: count / points.length };
}
