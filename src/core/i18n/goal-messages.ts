import type { GoalId, GoalUnit } from "../model/goal";
import type { GoalProgress } from "../model/goal";

/** Texts of the sales goals: their names, progress lines and the problems of a goals note. */
export interface GoalMessages {
	title: string;
	label: Record<GoalId, string>;
	/** One goal as a line of text (no Markdown): value, target, per cent, track, days left. */
	line(goal: GoalProgress, from: string): string;
	/** The value, target and per cent alone, for the block that shows the track apart. */
	figures(goal: GoalProgress): string;
	/** Track and days left; `from` is the period's first day, named while it lies ahead. */
	status(goal: GoalProgress, from: string): string;
	unreadable(unit: GoalUnit, key: string, value: string): string;
	notADay(key: string, value: string): string;
	notAPeriod(key: string, value: string): string;
	endBeforeStart(fromKey: string, from: string, toKey: string, to: string): string;
	noPeriod(): string;
	noTargets(): string;
	/** The goals note named (CLI `--goals`) is not in the vault. */
	notFound(path: string): string;
}
