import { collectReview } from "../core/review/collect";
import { renderReview } from "../core/review/markdown";
import { ambiguousNames } from "../core/review/note-link";
import { messages } from "../core/i18n";
import type { PluginContext } from "./plugin-context";

/** The day's review as Markdown, the same for the inserted section and the `kundenreview` block. */
export function reviewMarkdown(context: PluginContext): string {
	const index = context.index.current;
	const names = ambiguousNames(context.app.vault.getMarkdownFiles().map((f) => f.path));
	return renderReview(collectReview(index, context.settings().birthdayDays), messages(context.lang()), names);
}
