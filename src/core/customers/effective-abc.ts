import type { AbcClass, CustomerSummary } from "../model/customer";

/** The class a customer is treated as (tags, priority, filters): the one written, else the revenue analysis's. */
export function effectiveAbc(customer: Pick<CustomerSummary, "abc" | "abcComputed"> | null | undefined): AbcClass | null {
	return customer?.abc ?? customer?.abcComputed ?? null;
}
