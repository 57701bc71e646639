import yaml from "js-yaml";

/**
 * CachedMetadata computed from a note's text the way Obsidian computes it (see harness/README.md for
 * where it is simpler): YAML frontmatter, headings, list items with their task character, links and
 * embeds, each with a position. Independent of the plugin's own scanner.
 */
export interface Loc {
	line: number;
	col: number;
	offset: number;
}
export interface Pos {
	start: Loc;
	end: Loc;
}
export interface LinkCache {
	link: string;
	original: string;
	displayText: string;
	position: Pos;
}
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	headings?: Array<{ heading: string; level: number; position: Pos }>;
	listItems?: Array<{ parent: number; task?: string; position: Pos }>;
	links?: LinkCache[];
	embeds?: LinkCache[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[(.)\](?=\s|$))?|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const WIKI = /(!?)\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^\]]*)\]\((?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\)/g;

export function parseMetadata(text: string): CachedMetadata {
	const lines = text.split("\n");
	const offsets: number[] = [];
	lines.reduce((offset, line, i) => ((offsets[i] = offset), offset + line.length + 1), 0);
	const at = (line: number, col: number): Loc => ({ line, col, offset: (offsets[line] ?? 0) + col });
	const bare = (i: number) => (lines[i] ?? "").replace(/\r$/, "");
	const cache: CachedMetadata = {};

	let body = 0;
	if (/^---[ \t]*$/.test(bare(0))) {
		const end = lines.findIndex((_, i) => i > 0 && /^---[ \t]*$/.test(bare(i)));
		if (end > 0) {
			cache.frontmatterPosition = { start: at(0, 0), end: at(end, 3) };
			try {
				// Core schema: no timestamps, so dates stay strings, as in Obsidian's cache.
				const data = yaml.load(
					lines
						.slice(1, end)
						.map((_, k) => bare(k + 1))
						.join("\n"),
					{ schema: yaml.CORE_SCHEMA },
				);
				if (data && typeof data === "object" && !Array.isArray(data)) cache.frontmatter = data as Record<string, unknown>;
			} catch {
				// Invalid YAML: Obsidian keeps the position but has no frontmatter.
			}
			body = end + 1;
		}
	}

	const headings: NonNullable<CachedMetadata["headings"]> = [];
	const items: NonNullable<CachedMetadata["listItems"]> = [];
	const links: LinkCache[] = [];
	const embeds: LinkCache[] = [];
	let fence: string | null = null;
	let listStart = -1;
	let stack: Array<{ indent: number; line: number }> = [];
	for (let i = body; i < lines.length; i++) {
		const line = bare(i);
		const quote = /^(?:[ \t]*>[ \t]?)*/.exec(line)?.[0] ?? "";
		const inner = line.slice(quote.length);
		const f = FENCE.exec(inner);
		if (fence) {
			if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && inner.trim() === f[1]) fence = null;
			continue;
		}
		if (f?.[1]) {
			fence = f[1];
			continue;
		}
		const h = quote ? null : HEADING.exec(line);
		if (h) {
			headings.push({ heading: (h[2] ?? "").trim(), level: h[1]?.length ?? 1, position: { start: at(i, 0), end: at(i, line.length) } });
			listStart = -1;
		}
		const li = THEMATIC_BREAK.test(inner) ? null : LIST_ITEM.exec(inner);
		if (li) {
			const indent = (li[1] ?? "").replace(/\t/g, "    ").length;
			if (listStart < 0) {
				listStart = i;
				stack = [];
			}
			while (stack.length && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
			const parent = stack.length ? (stack[stack.length - 1]?.line ?? -listStart) : -listStart;
			stack.push({ indent, line: i });
			const col = quote.length + indent;
			items.push({ parent, ...(li[3] !== undefined ? { task: li[3] } : {}), position: { start: at(i, col), end: at(i, line.length) } });
		} else if (!h && line.trim() !== "" && !/^\s/.test(inner) && i > 0 && bare(i - 1).trim() === "") {
			listStart = -1; // a paragraph after a blank line ends the list
		}
		collectLinks(line, i, at, links, embeds);
	}
	if (headings.length) cache.headings = headings;
	if (items.length) cache.listItems = items;
	if (links.length) cache.links = links;
	if (embeds.length) cache.embeds = embeds;
	return cache;
}

function collectLinks(line: string, i: number, at: (line: number, col: number) => Loc, links: LinkCache[], embeds: LinkCache[]): void {
	// Links inside inline code are text.
	const code = [...line.matchAll(/`[^`]*`/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
	const inCode = (col: number) => code.some(([a, b]) => col >= a && col < b);
	const add = (embed: boolean, link: string, display: string, m: RegExpMatchArray) => {
		const col = m.index ?? 0;
		if (inCode(col)) return;
		(embed ? embeds : links).push({ link, original: m[0], displayText: display, position: { start: at(i, col), end: at(i, col + m[0].length) } });
	};
	for (const m of line.matchAll(WIKI)) add(m[1] === "!", (m[2] ?? "").trim(), m[3] ?? (m[2] ?? "").trim(), m);
	for (const m of line.matchAll(MARKDOWN_LINK)) {
		const target = m[3] ?? m[4] ?? "";
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // external URL, not a link in the vault
		let link = target;
		try {
			link = decodeURIComponent(target);
		} catch {
			// keep it as written
		}
		add(m[1] === "!", link, m[2] ?? "", m);
	}
}
