import { noteLinkMarkdown } from "../markdown/escape";

/**
 * A wikilink to a note: `[[Name]]` by file name, or `[[Folder/Name|Name]]` when the file name is
 * ambiguous (listed in `ambiguous`). The display name is the customer's name when it differs; a name
 * or path that could break out of the link is made harmless there.
 */
export function noteLink(path: string, display: string | null, ambiguous: ReadonlySet<string>): string {
	const target = path.replace(/\.md$/i, "");
	const base = target.slice(target.lastIndexOf("/") + 1);
	const linkTarget = ambiguous.has(base.toLowerCase()) ? target : base;
	const label = display && display !== base ? display : linkTarget === base ? null : base;
	return noteLinkMarkdown(linkTarget, label, path);
}

/** File names (lower case) that more than one note has, so links to them need the folder. */
export function ambiguousNames(paths: Iterable<string>): Set<string> {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const path of paths) {
		const base = path
			.replace(/\.md$/i, "")
			.slice(path.lastIndexOf("/") + 1)
			.toLowerCase();
		if (seen.has(base)) twice.add(base);
		seen.add(base);
	}
	return twice;
}
