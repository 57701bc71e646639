import { nfc } from "./nfc";

// The Tasks emojis lie in U+2300–27BF or beyond the BMP.
const EMOJI = /[\u2300-\u27bf\ud800-\udbff]/;
const CODE = /(`+)[\s\S]*?\1/g;
const WIKILINK = /!?\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;
// Dataview inline fields are metadata (`[fällig:: 2026-12-01]`, `(person:: Meier)`), not the action.
const FIELD = /[[(][^\][()]*?::[^\][()]*[\])]/g;
const MDLINK = /!?\[([^\]]*)\]\([^)]*\)/g;
// Tasks emoji fields: dates, priority, recurrence ("🔁 every week" runs to the next field), ids.
const DATE_EMOJI = /(?:📅|📆|🗓|⏳|⌛|🛫|✅|➕|❌)\uFE0F?\s*(?:\d{4}-\d{2}-\d{2})?/gu;
const PRIORITY = /[⏫🔼🔽⏬🔺]\uFE0F?/gu;
const RECURRENCE = /🔁\uFE0F?[^📅📆🗓⏳⌛🛫✅➕❌⏫🔼🔽⏬🔺🆔⛔]*/gu;
const ID = /(?:🆔|⛔)\uFE0F?\s*[\w,-]*/gu;
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
	if (plain.includes("`")) plain = plain.replace(CODE, " ");
	if (plain.includes("[[")) plain = plain.replace(WIKILINK, (_all, target: string, alias: string | undefined) => alias ?? withoutSubpath(target));
	if (plain.includes("::")) plain = plain.replace(FIELD, " ");
	if (plain.includes("](")) plain = plain.replace(MDLINK, "$1");
	if (EMOJI.test(plain)) plain = plain.replace(TASKS_FIELD, " ");
	return (UNEVEN_SPACE.test(plain) ? plain.replace(/\s+/g, " ") : plain).trim();
}
