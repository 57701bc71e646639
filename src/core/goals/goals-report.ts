import type { FrontmatterReader } from "../frontmatter/parse";
import type { Messages } from "../i18n/messages";
import type { IndexResult } from "../index/index-result";
import { goalFacts } from "./goal-facts";
import type { GoalPeriod } from "./goal-period";
import { goalProgress } from "./goal-progress";
import { type GoalProgress } from "../model/goal";
import { readGoalsNote, type GoalProblem } from "./goals-spec";

/** The goals note measured against the index on its day. */
export interface GoalsReport {
	/** Vault path of the goals note. */
	path: string;
	period: GoalPeriod | null;
	goals: GoalProgress[];
	problems: GoalProblem[];
}

/** Progress of every readable goal on the index's day; without a readable period, only the problems. */
export function goalsReport(path: string, text: string, index: IndexResult, reader: FrontmatterReader, t: Messages): GoalsReport {
	const spec = readGoalsNote(text, reader, t);
	const { period } = spec;
	if (!period) return { path, period, goals: [], problems: spec.problems };
	const facts = goalFacts(index, period, index.today);
	return { path, period, goals: spec.targets.map((g) => goalProgress(g, facts, period, index.today)), problems: spec.problems };
}
