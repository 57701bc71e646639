import { Notice, type Command } from "obsidian";
import { replaceReviewSection } from "../../core/review/section";
import type { PluginContext } from "../plugin-context";
import { reviewMarkdown } from "../review-markdown";
import { todaysDailyNote } from "../vault/daily-note";
import { openLine } from "../views/open-line";

/**
 * "Tagesreview einfügen": the day's review into today's daily note, between markers. Running it again
 * replaces the section, so the note never holds two reviews and a second run changes nothing.
 */
export function insertReviewCommand(context: PluginContext): Command {
	return {
		id: "insert-daily-review",
		name: context.ui().commands.insertReview,
		callback: () => void insertReview(context),
	};
}

export async function insertReview(context: PluginContext): Promise<void> {
	const { app } = context;
	if (!context.index.isBuilt) {
		new Notice(context.ui().card.indexing);
		return;
	}
	const file = await todaysDailyNote(app, context.settings(), context.index.current.today);
	const review = reviewMarkdown(context);
	await app.vault.process(file, (text) => replaceReviewSection(text, review));
	await openLine(app, file.path, 1);
}
