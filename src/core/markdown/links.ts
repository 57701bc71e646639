/** A link in an item: `[[Target#Heading|Alias]]`, `![[Target]]` or `[Text](Target.md)`. */
export interface Link {
	/** The link target without heading/block part, URL-decoded. */
	target: string;
	display: string;
}

const WIKI = /!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const MARKDOWN = /!?\[([^\]]*)\]\(\s*(<[^>]+>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g;

export function findLinks(text: string): Link[] {
	if (!text.includes("[")) return [];
	// Each pass runs only where its marker occurs: most items hold one wikilink and nothing else.
	const plain = text.includes("`") ? text.replace(/`[^`]*`/g, "") : text;
	const links: Link[] = [];
	if (plain.includes("[[")) {
		// exec loops, not matchAll: no iterator per item on the way to every activity.
		WIKI.lastIndex = 0;
		for (let m = WIKI.exec(plain); m; m = WIKI.exec(plain)) {
			const target = (m[1] ?? "").trim();
			if (target) links.push({ target, display: (m[2] ?? target).trim() });
		}
	}
	if (!plain.includes("](")) return links;
	MARKDOWN.lastIndex = 0;
	for (let m = MARKDOWN.exec(plain); m; m = MARKDOWN.exec(plain)) {
		let target = (m[2] ?? "").replace(/^<|>$/g, "");
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, obsidian: are not notes
		target = target.replace(/[#^].*$/, "");
		try {
			target = decodeURIComponent(target);
		} catch {
			// A stray % stays as written.
		}
		if (target) links.push({ target, display: (m[1] ?? "").trim() });
	}
	return links;
}
