import type { FrontmatterData } from "../frontmatter/parse";
import { findLinks } from "../markdown/links";
import { fold } from "../text/fold";

/** Keys whose value names the customer a meeting note is about. */
const CUSTOMER_KEYS = ["kunde", "customer"];
/** Keys whose value names the company a person works for. */
const COMPANY_KEYS = ["firma", "company"];
/** Keys that mark a note as a person note. */
const TYPE_KEYS = ["typ", "type"];

/**
 * Link targets in a property value: `"[[Müller GmbH]]"`, a list of such links, or a plain name
 * (`kunde: Müller GmbH`, as people type it when Properties does not make a link for them).
 */
export function propertyTargets(value: unknown): string[] {
	const targets: string[] = [];
	for (const v of Array.isArray(value) ? value : [value]) {
		if (typeof v !== "string" || v.trim() === "") continue;
		const links = findLinks(v);
		if (links.length > 0) for (const link of links) targets.push(link.target);
		else targets.push(v.trim());
	}
	return targets;
}

/** The value of the first of `keys` the frontmatter has, compared without case. */
function valueOf(data: FrontmatterData, keys: readonly string[]): unknown {
	for (const [key, value] of Object.entries(data)) if (keys.includes(key.toLowerCase())) return value;
	return undefined;
}

/** The `kunde`/`customer` targets of a note: its items' last fallback. */
export function customerProperty(data: FrontmatterData): string[] {
	return propertyTargets(valueOf(data, CUSTOMER_KEYS));
}

/**
 * Who a person note's company is (CONTRACT): a note with `typ: person`, or whose `firma`/`company`
 * links a note. Null for every other note. Whether the target is a customer the resolver decides.
 */
export function personCompany(data: FrontmatterData): string | null {
	const company = valueOf(data, COMPANY_KEYS);
	const typed = propertyTargets(valueOf(data, TYPE_KEYS)).some((t) => fold(t) === "person");
	const linked = typeof company === "string" && company.includes("[[") ? findLinks(company)[0]?.target : undefined;
	if (linked) return linked;
	if (!typed) return null;
	return propertyTargets(company)[0] ?? null;
}
