import type { CustomerSummary } from "../model/customer";
import { compare } from "../text/compare";
import type { ClassKey } from "./abc-counts";

export interface CustomerRef {
	path: string;
	name: string;
}

/** Customers with no open activity ahead, by the class they are treated as (A first), each by name. */
export function withoutNextStep(
	customers: readonly Pick<CustomerSummary, "path" | "name" | "abcEffective" | "nextActivity">[],
): Record<ClassKey, CustomerRef[]> {
	const out: Record<ClassKey, CustomerRef[]> = { A: [], B: [], C: [], none: [] };
	for (const c of customers) if (c.nextActivity === null) out[c.abcEffective ?? "none"].push({ path: c.path, name: c.name });
	for (const list of Object.values(out)) list.sort((x, y) => compare(x.name, y.name) || compare(x.path, y.path));
	return out;
}
