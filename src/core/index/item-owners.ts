import type { Link } from "../markdown/links";

/** A list item as ownership needs it: its own links and where it stands. */
export interface OwnerItem {
	/** The item's text without marker and checkbox. */
	text: string;
	links: readonly Link[];
	/** Index of its parent item in the same list, or -1 at the top level. */
	parent: number;
	/** Index of the heading it stands under, or -1. */
	heading: number;
}

/** A heading as ownership needs it: the heading whose section encloses it (or -1) and the links in its text. */
export interface OwnerHeading {
	parent: number;
	links: readonly Link[];
}

/** Who a note's items belong to when nothing in the item says so. */
export interface NoteOwners {
	/** The customer note itself, or a person note's customer: every item belongs to these. */
	note: readonly string[];
	/** The `kunde`/`customer` property of another note: the last fallback. */
	property: readonly string[];
}

export interface ItemOwnership {
	customers: string[];
	/** Nothing but links and separators: not an activity itself; its children belong to its customers. */
	grouping: boolean;
}

/**
 * Which customers each item belongs to (CONTRACT "Which lines are activities"): the note's own
 * customer, every customer it links, the customers of grouping bullets above it; an item that gets
 * none of these takes them from its nearest parent item that links one, else from the innermost
 * enclosing heading that links one, else from the note's `kunde` property. Items come in note order,
 * parents before their children.
 */
export function itemOwners(
	items: readonly OwnerItem[],
	headings: readonly OwnerHeading[],
	owners: NoteOwners,
	resolve: (link: Link) => string | null,
): ItemOwnership[] {
	const own = items.map((item) => resolvedLinks(item.links, resolve));
	const grouping = items.map((item) => isGroupingText(item.text, item.links.length));
	const headingCustomers = headingOwners(headings, resolve);
	return items.map((item, i) => {
		const customers: string[] = [];
		add(customers, owners.note);
		add(customers, own[i] ?? []);
		for (let p = item.parent; p >= 0; p = items[p]?.parent ?? -1) if (grouping[p]) add(customers, own[p] ?? []);
		if (customers.length === 0) add(customers, inherited(items, own, item, headingCustomers, owners.property));
		return { customers, grouping: grouping[i] ?? false };
	});
}

function inherited(
	items: readonly OwnerItem[],
	own: readonly string[][],
	item: OwnerItem,
	headingCustomers: (heading: number) => readonly string[],
	property: readonly string[],
): readonly string[] {
	for (let p = item.parent; p >= 0; p = items[p]?.parent ?? -1) {
		const found = own[p];
		if (found && found.length > 0) return found;
	}
	const byHeading = item.heading >= 0 ? headingCustomers(item.heading) : [];
	return byHeading.length > 0 ? byHeading : property;
}

/**
 * For a heading, the customers of the innermost heading that encloses it (itself included) and links one.
 * Resolved only as far as an item asks (an enclosing heading comes first): in a customer note none does.
 */
function headingOwners(headings: readonly OwnerHeading[], resolve: (link: Link) => string | null): (at: number) => readonly string[] {
	const result: string[][] = [];
	return (at) => {
		for (let h = result.length; h <= at && h < headings.length; h++) {
			const heading = headings[h] as OwnerHeading;
			const own = resolvedLinks(heading.links, resolve);
			result.push(own.length > 0 ? own : heading.parent >= 0 ? (result[heading.parent] ?? []) : []);
		}
		return result[at] ?? [];
	};
}

function resolvedLinks(links: readonly Link[], resolve: (link: Link) => string | null): string[] {
	const customers: string[] = [];
	for (const link of links) {
		const customer = resolve(link);
		if (customer && !customers.includes(customer)) customers.push(customer);
	}
	return customers;
}

function add(into: string[], customers: readonly string[]): void {
	for (const c of customers) if (!into.includes(c)) into.push(c);
}

/** Longer than any list of a few customer links. */
const MAX_GROUPING_LENGTH = 1000;
const WIKILINK = /!?\[\[[^\]]*\]\]/g;
const MARKDOWN_LINK = /!?\[[^\]]*\]\([^)]*\)/g;
const SEPARATORS = /^(?:[\s,;/&+]|\b(?:und|and)\b)*:?\s*$/iu;

/** `[[A]]`, `[[A]], [[B]]`, `[[A]] / [[B]]`, `[[A]] und [[B]]:`: links and separators only. */
export function isGroupingText(text: string, linkCount: number): boolean {
	// A grouping bullet is short; a long line is never one, and the patterns need not run over it.
	if (linkCount === 0 || text.length > MAX_GROUPING_LENGTH) return false;
	const rest = text.replace(WIKILINK, " ").replace(MARKDOWN_LINK, " ");
	return SEPARATORS.test(rest);
}
