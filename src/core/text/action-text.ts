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
	return text
		// NFC first: text pasted from macOS may spell "ü" as u + combining mark, which fold() would read as "u".
		.normalize("NFC")
		.replace(CODE, " ")
		.replace(WIKILINK, (_all, target: string, alias: string | undefined) => alias ?? target.replace(/[#^].*$/, ""))
		.replace(FIELD, " ")
		.replace(MDLINK, "$1")
		.replace(RECURRENCE, " ")
		.replace(DATE_EMOJI, " ")
		.replace(PRIORITY, " ")
		.replace(ID, " ")
		.replace(/\s+/g, " ")
		.trim();
}
