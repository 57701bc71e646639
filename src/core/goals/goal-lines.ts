import type { Messages } from "../i18n/messages";
import { escapeText } from "../markdown/escape";
import type { GoalsReport } from "./goals-report";

/**
 * The goals as review lines: one per goal, then one per problem of the goals note (its key named).
 * Keys and values come from the note, so they go through the escaping like every other note text.
 */
export function goalLines(report: GoalsReport, t: Messages): string[] {
	const from = report.period?.from ?? "";
	return [...report.goals.map((g) => `- ${escapeText(t.goals.line(g, from))}`), ...report.problems.map((p) => `- ⚠ ${escapeText(p.message)}`)];
}
