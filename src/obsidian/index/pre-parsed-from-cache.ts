import type { CachedMetadata } from "obsidian";
import { markedAsCustomer, type Marker, type PreParsed } from "../../core/api";

/** What core needs from Obsidian's metadata cache; nothing Obsidian already parsed is parsed again. */
export function preParsedFrom(cache: CachedMetadata | null): PreParsed | undefined {
	if (!cache) return undefined;
	return {
		frontmatter: cache.frontmatter ? { ...cache.frontmatter } : null,
		listLines: (cache.listItems ?? []).map((item) => item.position.start.line),
		listParents: (cache.listItems ?? []).map((item) => item.parent),
		headings: (cache.headings ?? []).map((h) => ({ line: h.position.start.line, text: h.heading, level: h.level })),
	};
}

/** Properties that tie a note to a customer: a meeting's `kunde`, a person's `firma`, `typ: person`. */
const TIES = new Set(["kunde", "customer", "firma", "company", "typ", "type"]);

/**
 * Whether a note can matter to the index: a customer (by folder or marker), a note whose frontmatter
 * Obsidian could not parse (it may be a broken customer), or a note with links (it may link a customer).
 * Every other note is never read.
 */
export function mayMatter(cache: CachedMetadata | null, inCustomerFolder: boolean, markers: readonly Marker[]): boolean {
	if (inCustomerFolder || !cache) return true;
	const fm = cache.frontmatter;
	if (fm && (markedAsCustomer(fm, markers) || Object.keys(fm).some((key) => TIES.has(key.toLowerCase())))) return true;
	if (cache.frontmatterPosition && !fm) return true;
	return (cache.links?.length ?? 0) > 0 || (cache.embeds?.length ?? 0) > 0;
}
