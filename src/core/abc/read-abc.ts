import type { AbcClass } from "../model/customer";

/** `abc` as written: A, B or C (any case, trimmed); anything else is invalid, nothing is no class. */
export function readAbc(value: unknown): { abc: AbcClass | null; invalid: string | null } {
	if (value === null || value === undefined || value === "") return { abc: null, invalid: null };
	const text = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value).trim() : JSON.stringify(value);
	const upper = text.toUpperCase();
	if (upper === "A" || upper === "B" || upper === "C") return { abc: upper, invalid: null };
	return { abc: null, invalid: text };
}
