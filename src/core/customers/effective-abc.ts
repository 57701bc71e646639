import type { AbcClass, CustomerSummary } from "../model/customer";

/** The class a customer is treated as (contact interval, review order, task priority, tags, filters). */
export function effectiveAbc(customer: Pick<CustomerSummary, "abcEffective"> | null | undefined): AbcClass | null {
	return customer?.abcEffective ?? null;
}

/**
 * `abcEffective` (CONTRACT "ABC analysis"): the class written, else the revenue analysis's; a B or C
 * customer whose potential reaches the revenue of the smallest A customer (`aFloor`) is treated as A.
 * A customer without any class stays without one.
 */
export function liftedAbc(written: AbcClass | null, computed: AbcClass | null, potential: number | null, aFloor: number | null): AbcClass | null {
	const base = written ?? computed;
	if (base !== null && base !== "A" && potential !== null && aFloor !== null && potential >= aFloor) return "A";
	return base;
}
