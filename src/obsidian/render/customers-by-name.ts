import type { CustomerRecord } from "../../core/api";

/** Customers as people look for them in a list: by name, in the UI's collation. One collator for the whole sort: localeCompare sets one up per comparison. */
export function customersByName(customers: readonly CustomerRecord[]): CustomerRecord[] {
	const collator = new Intl.Collator();
	return [...customers].sort((a, b) => collator.compare(a.name, b.name));
}
