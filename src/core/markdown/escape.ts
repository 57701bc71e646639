/**
 * Customer data and activity texts on their way into generated Markdown (the daily review): each
 * value stays one line and shows as the text it is, never as a link, embed, HTML, code, comment or
 * marker of its own. Every place that writes such a value into Markdown goes through here.
 */

/** Line breaks (also U+2028/2029, a lone CR), tabs and other control characters: one space per run. */
export function oneLine(value: string): string {
	return value.replace(/[\p{Cc}\u2028\u2029]+/gu, " ");
}

/** Characters that Markdown, Obsidian or its plugins read as syntax inside a line (`%`, `~`, `=` only doubled). */
const SYNTAX = /[\\`*_[\]#^|$<>]|%(?=%)|~(?=~)|=(?==)/g;

/**
 * Plain text, one line, shown as written: every character that could start syntax is escaped
 * (HTML as an entity, `%%` broken so no comment opens), and a leading list or quote marker too.
 */
export function escapeText(value: string): string {
	return escapeStart(escapeInline(oneLine(value)));
}

function escapeInline(line: string): string {
	return line.replace(SYNTAX, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "%" ? "&#37;" : `\\${c}`));
}

/** At the start of a list item's text, `-`, `+` or `1.` would open a list of its own. */
function escapeStart(line: string): string {
	return line.replace(/^([-+])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Look-alikes for what would end, split or re-read a link's display text. */
const ALIAS_SWAP: Record<string, string> = {
	"[": "［",
	"]": "］",
	"|": "｜",
	"#": "＃",
	"^": "＾",
	"\\": "＼",
	"`": "｀",
	"%": "％",
	"<": "＜",
	">": "＞",
	$: "＄",
	"*": "＊",
	_: "＿",
	"~": "～",
	"=": "＝",
};

/**
 * The display text of a link (`[[target|display]]`): no escape reaches inside an alias reliably,
 * so the few characters that could break out of it become their full-width look-alikes.
 */
export function linkDisplay(value: string): string {
	return oneLine(value).replace(/[[\]|#^\\`%<>$*_~=]/g, (c) => ALIAS_SWAP[c] ?? c);
}

/** A note's path with characters a wikilink target cannot hold, or that need care there. */
const UNSAFE_TARGET = /[[\]|#^`<>\\]|%%|[\p{Cc}\u2028\u2029]/u;

/**
 * A link to a note by its path (`.md` left off in a wikilink). A path a wikilink cannot carry
 * becomes a Markdown link with the path percent-encoded, so it still reaches that note.
 */
export function noteLinkMarkdown(target: string, display: string | null, path: string): string {
	if (UNSAFE_TARGET.test(target)) {
		const href = path
			.split("/")
			.map((part) => encodeURIComponent(part).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
			.join("/");
		return `[${linkDisplay(display ?? target.slice(target.lastIndexOf("/") + 1))}](${href})`;
	}
	return display === null ? `[[${target}]]` : `[[${target}|${linkDisplay(display)}]]`;
}

/** After the `#` of a link to a heading or block, `#` and `^` belong; these do not. */
const UNSAFE_PART = /[`<>\\]|%%|[\p{Cc}\u2028\u2029]/u;

/** A wikilink as users write it in an activity: `[[Target]]`, `[[Target#Part]]`, `[[Target|Alias]]` (no embed). */
const WIKILINK = /(!?)\[\[([^[\]|#^\n]+)(#[^[\]|\n]+)?(?:\|([^[\]\n]+))?\]\]/g;

/**
 * An activity's text: escaped as `escapeText`, but the user's own wikilinks stay links (the
 * review is a view of their notes). An embed (`![[…]]`) and anything malformed stays text.
 */
export function escapeActivityText(value: string): string {
	const line = oneLine(value);
	let out = "";
	let last = 0;
	for (const m of line.matchAll(WIKILINK)) {
		const [whole, bang, target = "", part = "", alias] = m;
		const at = m.index;
		out += escapeInline(line.slice(last, at));
		out +=
			bang || UNSAFE_TARGET.test(target) || UNSAFE_PART.test(part)
				? escapeInline(whole)
				: `[[${target}${part}${alias === undefined ? "" : `|${linkDisplay(alias)}`}]]`;
		last = at + whole.length;
	}
	return escapeStart(out + escapeInline(line.slice(last)));
}
