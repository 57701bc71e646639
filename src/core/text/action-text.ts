// Text that may need NFC lies beyond ASCII; the Tasks emojis lie in U+2300–27BF or beyond the BMP.
const NOT_ASCII = /[^\t-\r\x20-\x7e]/;
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

/**
 * An activity's text as a reader sees the action: links as their display text, inline code, Dataview
 * fields and the Tasks plugin's emoji fields (dates, priority, recurrence, ids) removed. The vagueness
 * rules judge this text, and views show it (the dates stand beside it).
 */
export function actionText(text: string): string {
	// Most activity lines are plain: each replacement runs only where its marker occurs. NFC first:
	// text pasted from macOS may spell "ü" as u + combining mark, which fold() would read as "u".
	let plain = NOT_ASCII.test(text) ? text.normalize("NFC") : text;
	if (plain.includes("`")) plain = plain.replace(CODE, " ");
	if (plain.includes("[[")) plain = plain.replace(WIKILINK, (_all, target: string, alias: string | undefined) => alias ?? target.replace(/[#^].*$/, ""));
	if (plain.includes("::")) plain = plain.replace(FIELD, " ");
	if (plain.includes("](")) plain = plain.replace(MDLINK, "$1");
	if (EMOJI.test(plain)) plain = plain.replace(RECURRENCE, " ").replace(DATE_EMOJI, " ").replace(PRIORITY, " ").replace(ID, " ");
	return plain.replace(/\s+/g, " ").trim();
}
