import { dailyReview } from "../core/review/daily-review";
import { messages } from "../core/i18n";
import type { PluginContext } from "./plugin-context";

/** The day's review as Markdown, the same for the inserted section and the `kundenreview` block. */
export function reviewMarkdown(context: PluginContext): string {
	const paths = context.app.vault.getMarkdownFiles().map((f) => f.path);
	return dailyReview(context.index.current, context.settings().birthdayDays, messages(context.lang()), paths);
}
