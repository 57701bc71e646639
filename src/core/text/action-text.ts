import { markdownSpans, wikiSpans, type Span } from "./link-spans";
import { replaceCodeSpans } from "./code-spans";
import { nfc } from "./nfc";
import { emojiPattern, ID_EMOJI, PRIORITY_EMOJI, RECURRENCE_EMOJI, TASKS_DATE_EMOJI, type TasksDateField } from "./tasks-symbols";
import { CLOSE_BRACKET, CLOSE_PAREN, COLON, OPEN_BRACKET, OPEN_PAREN } from "./char-codes";

// The Tasks emojis lie in U+2300–27BF or beyond the BMP.
const EMOJI = /[\u2300-\u27bf\ud800-\udbff]/;
// Tasks emoji fields: dates, priority, recurrence ("🔁 every week" runs to the next field), ids.
const DATE_FIELDS = Object.keys(TASKS_DATE_EMOJI) as TasksDateField[];
const DATE_EMOJI = new RegExp(`(?:${emojiPattern(DATE_FIELDS)})\\uFE0F?\\s*(?:\\d{4}-\\d{2}-\\d{2})?`, "gu");
const PRIORITY = new RegExp(`(?:${PRIORITY_EMOJI.join("|")})\\uFE0F?`, "gu");
const FIELD_START = [...DATE_FIELDS.flatMap((field) => TASKS_DATE_EMOJI[field]), ...PRIORITY_EMOJI, ...ID_EMOJI].join("");
const RECURRENCE = new RegExp(`${RECURRENCE_EMOJI}\\uFE0F?[^${FIELD_START}]*`, "gu");
const ID = new RegExp(`(?:${ID_EMOJI.join("|")})\\uFE0F?\\s*[\\w,-]*`, "gu");
// One pass for all of them: a recurrence stops before the next field, so no field swallows another.
const TASKS_FIELD = new RegExp([RECURRENCE, DATE_EMOJI, PRIORITY, ID].map((field) => field.source).join("|"), "gu");
// Whitespace that a single-space collapse would change: a run, or anything besides a plain space.
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** `Kunden/Schulz#Kontakt` → `Kunden/Schulz`; most targets have no heading or block part. */
function withoutSubpath(target: string): string {
	const at = target.search(/[#^]/);
	return at < 0 ? target : target.slice(0, at);
}

/**
 * An activity's text as a reader sees the action: links as their display text, inline code, Dataview
 * fields and the Tasks plugin's emoji fields (dates, priority, recurrence, ids) removed. The vagueness
 * rules judge this text, and views show it (the dates stand beside it).
 */
export function actionText(text: string): string {
	// Most activity lines are plain: each replacement runs only where its marker occurs. NFC first:
	// text pasted from macOS may spell "ü" as u + combining mark, which fold() would read as "u".
	let plain = nfc(text);
	// Loops, not regexes, for code, links and fields: those regexes read a long unclosed line once per opening.
	if (plain.includes("`")) plain = replaceCodeSpans(plain, " ");
	if (plain.includes("[["))
		plain = replaceSpans(plain, wikiSpans(plain), (s) => (s.inner.includes("|") ? s.inner.slice(s.inner.indexOf("|") + 1) : withoutSubpath(s.inner)));
	if (plain.includes("::")) plain = replaceSpans(plain, fieldSpans(plain), () => " ");
	if (plain.includes("](")) plain = replaceSpans(plain, markdownSpans(plain), (s) => s.label);
	if (EMOJI.test(plain)) plain = plain.replace(TASKS_FIELD, " ");
	return (UNEVEN_SPACE.test(plain) ? plain.replace(/\s+/g, " ") : plain).trim();
}

/**
 * Dataview inline fields are metadata (`[fällig:: 2026-12-01]`, `(person:: Meier)`), not the action:
 * `[[(][^\][()]*?::[^\][()]*[\])]`, an opening bracket, a `::` and the next bracket closing it.
 */
function fieldSpans(text: string): Span[] {
	const spans: Span[] = [];
	let [open, colons] = [-1, -1];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === COLON && text.charCodeAt(i + 1) === COLON) colons = i;
		if (c !== OPEN_BRACKET && c !== CLOSE_BRACKET && c !== OPEN_PAREN && c !== CLOSE_PAREN) continue;
		if ((c === CLOSE_BRACKET || c === CLOSE_PAREN) && open >= 0 && colons > open) spans.push({ start: open, end: i + 1 });
		open = c === OPEN_BRACKET || c === OPEN_PAREN ? i : -1;
	}
	return spans;
}

function replaceSpans<S extends Span>(text: string, spans: readonly S[], by: (span: S) => string): string {
	if (spans.length === 0) return text;
	let out = "";
	let copied = 0;
	for (const span of spans) {
		out += text.slice(copied, span.start) + by(span);
		copied = span.end;
	}
	return out + text.slice(copied);
}
