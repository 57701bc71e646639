import { titledSpans, wikiSpans } from "../text/link-spans";

/** A link in an item: `[[Target#Heading|Alias]]`, `![[Target]]` or `[Text](Target.md)`. */
export interface Link {
	/** The link target without heading/block part, URL-decoded. */
	target: string;
	display: string;
}

/** Most lines link nothing: they share one empty list rather than each holding its own. */
const NO_LINKS: readonly Link[] = Object.freeze([]);

export function findLinks(text: string): readonly Link[] {
	if (!text.includes("[")) return NO_LINKS;
	// Each pass runs only where its marker occurs: most items hold one wikilink and nothing else.
	const plain = text.includes("`") ? text.replace(/`[^`]*`/g, "") : text;
	const links: Link[] = [];
	if (plain.includes("[[")) {
		for (const { inner } of wikiSpans(plain)) {
			// `Target#Heading|Alias`: the target ends at the first | # ^, the alias starts after the first |.
			const target = inner.slice(0, firstOf(inner, "|#^")).trim();
			const bar = inner.indexOf("|");
			if (target) links.push({ target, display: bar < 0 ? target : inner.slice(bar + 1).trim() });
		}
	}
	if (!plain.includes("](")) return links.length > 0 ? links : NO_LINKS;
	for (const span of titledSpans(plain)) {
		let target = span.target.replace(/^<|>$/g, "");
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, obsidian: are not notes
		target = target.replace(/[#^].*$/, "");
		try {
			target = decodeURIComponent(target);
		} catch {
			// A stray % stays as written.
		}
		if (target) links.push({ target, display: span.label.trim() });
	}
	return links.length > 0 ? links : NO_LINKS;
}

function firstOf(text: string, chars: string): number {
	for (let i = 0; i < text.length; i++) if (chars.includes(text.charAt(i))) return i;
	return text.length;
}
