import { DUE_EMOJI } from "../text/tasks-symbols";
import type { Lang } from "../i18n/lang";
import type { IsoDay } from "../model/day";
import { activityObject } from "./activity-object";
import { addressee, type Addressee } from "./addressee";
import { nextWorkingDay } from "./next-working-day";
import type { VaguenessInput } from "./rule";

/**
 * What a suggestion is built from (CONTRACT "Vague activities"): the customer's person, the
 * activity's own object and a working day after today. Never a fixed name or date.
 */
export interface StepParts {
	who: Addressee;
	/** The activity's object with its article, or null. */
	what: string | null;
	day: IsoDay | null;
}

/** Several rules may fire on one activity, and each builds its suggestion from the same parts: found once. */
export function stepParts(input: VaguenessInput, lang: Lang): StepParts {
	const { memo } = input;
	if (memo.steps?.input === input && memo.steps.lang === lang) return memo.steps.parts;
	const parts = {
		who: addressee(input.people, lang, input.text, memo),
		what: activityObject(input.text, lang),
		day: input.today ? nextWorkingDay(input.today) : null,
	};
	memo.steps = { input, lang, parts };
	return parts;
}

/** An example line in quotes, dated the way the Tasks plugin reads it: „… 📅 2026-11-24“. */
export function exampleLine(action: string, day: IsoDay | null, lang: Lang): string {
	const line = day ? `${action} ${DUE_EMOJI} ${day}` : action;
	return lang === "de" ? `„${line}“` : `“${line}”`;
}

/** German sentences start with a capital; a name already has one. */
export function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
