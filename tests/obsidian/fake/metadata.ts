import yaml from "js-yaml";

/**
 * The metadata Obsidian computes for a note, computed the simple way: frontmatter (dates stay strings,
 * as in Obsidian), list items outside code blocks, headings, links. Independent of the plugin's own
 * scanner, so the plugin-path tests compare two different readings of the same notes.
 */
export interface FakeCache {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { start: { line: number }; end: { line: number } };
	listItems?: Array<{ position: { start: { line: number; col: number } }; task?: string; parent: number }>;
	headings?: Array<{ heading: string; level: number; position: { start: { line: number } } }>;
	links?: Array<{ link: string; original: string; position: { start: { line: number } } }>;
	embeds?: Array<{ link: string }>;
}

export function computeMetadata(text: string): FakeCache {
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	const cache: FakeCache = {};
	let start = 0;
	if (lines[0] === "---") {
		const end = lines.findIndex((l, i) => i > 0 && l === "---");
		if (end > 0) {
			cache.frontmatterPosition = { start: { line: 0 }, end: { line: end } };
			try {
				const data = yaml.load(lines.slice(1, end).join("\n"), { schema: yaml.JSON_SCHEMA });
				if (data && typeof data === "object") cache.frontmatter = data as Record<string, unknown>;
			} catch {
				// Obsidian leaves the frontmatter out when it cannot parse it.
			}
			start = end + 1;
		}
	}
	let fence: string | null = null;
	const items: NonNullable<FakeCache["listItems"]> = [];
	const headings: NonNullable<FakeCache["headings"]> = [];
	const links: NonNullable<FakeCache["links"]> = [];
	// Parents by indentation, as Obsidian gives them: a parent's line, or minus the list's first line.
	let listStart = -1;
	let open: Array<{ indent: number; line: number }> = [];
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const bare = line.replace(/^(\s*>\s?)+/, "");
		const f = /^\s*(`{3,}|~{3,})/.exec(bare);
		if (fence) {
			if (f && f[1]?.[0] === fence[0]) fence = null;
			continue;
		}
		if (f?.[1]) {
			fence = f[1];
			continue;
		}
		const h = /^(#{1,6})\s+(.*)$/.exec(line);
		if (h) {
			headings.push({ heading: (h[2] ?? "").trim(), level: h[1]?.length ?? 1, position: { start: { line: i } } });
			listStart = -1;
		}
		const li = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\[(.)\])?/.exec(bare);
		if (li && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(bare)) {
			const indent = (li[1] ?? "").replace(/\t/g, "    ").length;
			if (listStart < 0) [listStart, open] = [i, []];
			while (open.length && (open[open.length - 1]?.indent ?? 0) >= indent) open.pop();
			const parent = open[open.length - 1]?.line ?? -listStart;
			open.push({ indent, line: i });
			items.push({ position: { start: { line: i, col: 0 } }, parent, ...(li[2] ? { task: li[2] } : {}) });
		} else if (!h && line.trim() !== "" && !/^\s/.test(bare) && (lines[i - 1] ?? "").trim() === "") listStart = -1;
		for (const m of line.matchAll(/\[\[([^\]|#]+)[^\]]*\]\]|\[[^\]]*\]\(([^)]+)\)/g)) {
			const link = (m[1] ?? decodeURIComponent(m[2] ?? "")).trim();
			if (!/^[a-z]+:/i.test(link)) links.push({ link, original: m[0], position: { start: { line: i } } });
		}
	}
	if (items.length) cache.listItems = items;
	if (headings.length) cache.headings = headings;
	if (links.length) cache.links = links;
	return cache;
}
