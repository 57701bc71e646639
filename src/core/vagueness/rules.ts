import type { Lang } from "../i18n/lang";
import type { ActivityStatus, ReasonCode } from "../model/activity";
import { fold } from "../text/fold";
import { mixedPurpose } from "./mixed-purpose";
import { noDate } from "./no-date";
import { noPerson } from "./no-person";
import type { VaguenessInput, VaguenessRule } from "./rule";
import { vaguePhrase } from "./vague-phrase";
import { waitingVerb } from "./waiting-verb";

/** The rules in the order their reasons are reported (CONTRACT "Vague activities"). */
export const VAGUENESS_RULES: readonly VaguenessRule[] = [vaguePhrase, waitingVerb, noDate, noPerson, mixedPurpose];

export interface Verdict {
	vague: boolean;
	reasons: ReasonCode[];
	/** The first firing vague rule's suggestion; null when not vague. */
	suggestion: string | null;
}

/** Runs every rule; hints are reported but never make an activity vague. Done and cancelled never are. */
export function judge(input: VaguenessInput, lang: Lang): Verdict {
	if (input.status !== "open") return { vague: false, reasons: [], suggestion: null };
	const reasons: ReasonCode[] = [];
	let suggestion: string | null = null;
	for (const rule of VAGUENESS_RULES) {
		const said = rule.check(input, lang);
		if (said === null) continue;
		reasons.push(rule.code);
		if (rule.kind === "vague" && suggestion === null) suggestion = said;
	}
	return { vague: suggestion !== null, reasons, suggestion };
}

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

/** Reduces an activity's text to what a reader sees of the action (CONTRACT), then folds it. */
export function toVaguenessInput(
	text: string,
	status: ActivityStatus,
	date: string | null,
	people: readonly string[],
	extraPhrases: readonly string[],
): VaguenessInput {
	const plain = text
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
	return { text: plain, folded: fold(plain), status, date, people, extraPhrases };
}
