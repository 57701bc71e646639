import type { ActivityStatus, ReasonCode } from "../model/activity";
import type { Lang } from "../i18n/lang";
import type { IsoDay } from "../model/day";
import type { VaguenessMemo } from "./memo";

/** What a vagueness rule sees of one activity. Rules never parse dates themselves. */
export interface VaguenessInput {
	/** The activity's text with links reduced to their display text and inline code removed. */
	text: string;
	/** The same text folded by `fold()`: lower case, umlauts as ae/oe/ue, ß as ss. */
	folded: string;
	status: ActivityStatus;
	date: string | null;
	/** Names of the customer's known people as written, decision makers first: suggestions name the first. */
	people: readonly string[];
	/** Extra pseudo-activities from the settings, as written by the user. */
	extraPhrases: readonly string[];
	/** Its date counts from today because nothing anchors it (CONTRACT "floating"). */
	floating?: boolean;
	/** The day of the analysis: suggestions propose the working day after it (none without it). */
	today?: IsoDay | null;
	/** Compiled patterns and built parts the rules reuse across activities; owned by the caller. */
	memo: VaguenessMemo;
}

export interface RuleExample {
	text: string;
	/** Whether the rule fires on this text (given a date and no known people unless stated). */
	fires: boolean;
	date?: string | null;
	people?: string[];
	floating?: boolean;
}

/**
 * One rule of the vagueness check, in the style of obsidian-linter: a pure test, with examples beside
 * it (same file) that serve as documentation and are run as tests.
 */
export interface VaguenessRule {
	code: ReasonCode;
	/** Hints never make an activity vague; they only show up in `reasons`. */
	kind: "vague" | "hint";
	/** Returns a suggestion text (how to make it concrete) when the rule fires, else null. */
	check(input: VaguenessInput, lang: Lang): string | null;
}

/** Each rule's German and English examples, exported beside it in the same file. */
export type RuleExamples = { de: RuleExample[]; en: RuleExample[] };
