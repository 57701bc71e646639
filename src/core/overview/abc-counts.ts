import type { AbcClass, CustomerSummary } from "../model/customer";

export type ClassKey = AbcClass | "none";

export const CLASS_KEYS: readonly ClassKey[] = ["A", "B", "C", "none"];

/** Customers per class: as written in the dossiers, and as treated (effective, lifted by potential). */
export interface AbcCounts {
	written: Record<ClassKey, number>;
	effective: Record<ClassKey, number>;
}

export function abcCounts(customers: readonly Pick<CustomerSummary, "abc" | "abcEffective">[]): AbcCounts {
	const written = { A: 0, B: 0, C: 0, none: 0 };
	const effective = { A: 0, B: 0, C: 0, none: 0 };
	for (const c of customers) {
		written[c.abc ?? "none"]++;
		effective[c.abcEffective ?? "none"]++;
	}
	return { written, effective };
}
