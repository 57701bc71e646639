import { findFrontmatter } from "../markdown/frontmatter-block";
import { parseFrontmatter, type FrontmatterReader } from "../frontmatter/parse";
import type { Messages } from "../i18n/messages";
import { LineIndex } from "../text/line-index";
import { GOAL_KINDS, type GoalKind } from "./goal-kinds";
import { shownValue, writtenValue } from "./goal-keys";
import { readTarget } from "./goal-numbers";
import { readPeriod, type GoalPeriod } from "./goal-period";

export interface GoalTarget {
	kind: GoalKind;
	/** The key as the note writes it. */
	key: string;
	target: number;
}

/** A value of the goals note that cannot be read; `key` names it as written (null: none to name). */
export interface GoalProblem {
	key: string | null;
	message: string;
}

/** What a goals note sets: its period and targets, read but not yet measured. */
export interface GoalsSpec {
	period: GoalPeriod | null;
	targets: GoalTarget[];
	problems: GoalProblem[];
}

/** Reads a goals note's frontmatter; a note without frontmatter sets nothing (a problem says so). */
export function readGoalsNote(text: string, reader: FrontmatterReader, t: Messages): GoalsSpec {
	const block = findFrontmatter(new LineIndex(text));
	if (!block) return { period: null, targets: [], problems: [{ key: null, message: t.goals.noPeriod() }] };
	const parsed = parseFrontmatter(block, reader.yaml, reader.parseBlock);
	if (parsed.error) return { period: null, targets: [], problems: [{ key: null, message: t.problems.yamlError(parsed.error.line, parsed.error.reason) }] };
	return readGoals(parsed.data, block.lines, t);
}

/** Reads period and targets from frontmatter data; `written` are its lines, so `1.600.000 €` keeps its meaning. */
export function readGoals(data: Record<string, unknown>, written: readonly string[], t: Messages): GoalsSpec {
	const problems: GoalProblem[] = [];
	const period = readPeriod(data, written, t.goals, problems);
	const targets: GoalTarget[] = [];
	for (const kind of GOAL_KINDS) {
		const found = writtenValue(data, written, kind.keys);
		if (!found) continue;
		const target = readTarget(found.value, kind.unit);
		if (target === null) problems.push({ key: found.key, message: t.goals.unreadable(kind.unit, found.key, shownValue(found.value)) });
		else targets.push({ kind, key: found.key, target });
	}
	if (targets.length === 0 && problems.length === 0) problems.push({ key: null, message: t.goals.noTargets() });
	return { period, targets, problems };
}
