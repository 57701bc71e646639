import { Notice, type Command } from "obsidian";
import { messages, replaceReviewSection, type ReviewRefusal } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { reviewMarkdown } from "../review-markdown";
import { changeNote } from "../vault/change-note";
import { todaysDailyNote } from "../vault/daily-note";
import { openLine } from "../views/open-line";

/**
 * "Tagesreview einfügen": the day's review into today's daily note, between markers. Running it again
 * replaces the section, so the note never holds two reviews and a second run changes nothing. Where
 * the markers are unclear, nothing is written and a notice says why.
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
	const file = await todaysDailyNote(app, context.settings(), context.index.current.today, context.lang());
	const review = await reviewMarkdown(context);
	// Check first without writing, so a refused insert never touches the file.
	const before = replaceReviewSection(await app.vault.read(file), review);
	let refusal: ReviewRefusal | null = before.ok ? null : before.reason;
	if (refusal === null) {
		await changeNote(app, file, (text) => {
			const result = replaceReviewSection(text, review);
			if (result.ok) return result.text;
			refusal = result.reason;
			return null;
		});
	}
	if (refusal !== null) {
		new Notice(messages(context.lang()).insert.refused[refusal](file.path));
		return;
	}
	await openLine(app, file.path, 1);
}
