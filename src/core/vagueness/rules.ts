import type { Lang } from "../i18n/lang";
import type { ReasonCode } from "../model/activity";
import { actionText } from "../text/action-text";
import { fold } from "../text/fold";
import { mixedPurpose } from "./mixed-purpose";
import { floatingDate } from "./floating-date";
import { noAction } from "./no-action";
import { noDate } from "./no-date";
import { noPerson } from "./no-person";
import { createVaguenessMemo } from "./memo";
import type { VaguenessInput, VaguenessRule } from "./rule";
import { vaguePhrase } from "./vague-phrase";
import { waitingVerb } from "./waiting-verb";

/** The rules in the order their reasons are reported (CONTRACT "Vague activities"). */
export const VAGUENESS_RULES: readonly VaguenessRule[] = [vaguePhrase, waitingVerb, noAction, noDate, floatingDate, noPerson, mixedPurpose];

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

/**
 * The rules judge an action's first 1,000 characters: word patterns that end in `\w*` take time that
 * grows faster than the text on a long run of letters, and no action needs more words to be judged.
 */
export const MAX_JUDGED_TEXT = 1000;

/**
 * What the rules know of an activity besides its text; people and extra phrases default to none.
 * A caller judging many activities passes its own memo (the index context's); else each input gets a fresh one.
 */
export type VaguenessFacts = Pick<VaguenessInput, "status" | "date"> & Partial<Pick<VaguenessInput, "people" | "extraPhrases" | "floating" | "today" | "memo">>;

/** Reduces an activity's text to what a reader sees of the action (CONTRACT), then folds it. */
export function toVaguenessInput(text: string, facts: VaguenessFacts): VaguenessInput {
	const plain = actionText(text);
	const judged = plain.length > MAX_JUDGED_TEXT ? plain.slice(0, MAX_JUDGED_TEXT) : plain;
	const { status, date, people = [], extraPhrases = [], floating = false, today = null, memo = createVaguenessMemo() } = facts;
	return { text: plain, folded: fold(judged), status, date, people, extraPhrases, floating, today, memo };
}
