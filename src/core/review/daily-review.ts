import type { Messages } from "../i18n/messages";
import type { IndexResult } from "../index/index-result";
import { collectReview } from "./collect";
import { renderReview } from "./markdown";
import { ambiguousNames } from "./note-link";
import type { GoalsReport } from "../goals/goals-report";

/**
 * The day's review as Markdown, as the CLI prints it and the plugin inserts it: links name a note by
 * its path where its file name alone would be ambiguous among `notePaths`. With a goals note, the
 * review ends with one line per goal.
 */
export function dailyReview(index: IndexResult, birthdayDays: number, t: Messages, notePaths: Iterable<string>, goals: GoalsReport | null = null): string {
	return renderReview(collectReview(index, birthdayDays, goals), t, ambiguousNames(notePaths));
}
