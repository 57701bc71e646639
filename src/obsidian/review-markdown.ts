import { dailyReview, messages } from "../core/api";
import type { PluginContext } from "./plugin-context";
import { readGoalsReport } from "./goals/goals-note";

/** The day's review as Markdown, the same for the inserted section and the `kundenreview` block; with a goals note, its goals. */
export async function reviewMarkdown(context: PluginContext): Promise<string> {
	const paths = context.app.vault.getMarkdownFiles().map((f) => f.path);
	const goals = await readGoalsReport(context);
	return dailyReview(context.index.current, context.settings().birthdayDays, messages(context.lang()), paths, goals);
}
