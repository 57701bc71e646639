import { Notice, TFile, type Command } from "obsidian";
import { goalsNoteToCreate, goalsTemplate } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { createNote } from "../vault/create-note";
import { openLine } from "../views/open-line";

/**
 * "Verkaufsziele anlegen": this year's goals note at the path the setting names, from a template with
 * every kind of goal. A goals note that is there already is never overwritten: a notice says so and
 * it is opened instead.
 */
export function createGoalsCommand(context: PluginContext): Command {
	return { id: "create-goals", name: context.ui().goals.createCommand, callback: () => void createGoals(context) };
}

export async function createGoals(context: PluginContext): Promise<void> {
	const { app } = context;
	const today = context.index.current.today;
	const path = goalsNoteToCreate(context.settings().goalsNote, today);
	if (path === null) return;
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) {
		new Notice(context.ui().goals.exists(existing.path));
		await openLine(app, existing.path, 1);
		return;
	}
	await createNote(app, path, goalsTemplate(today, context.lang()));
	new Notice(context.ui().goals.created(path));
	await openLine(app, path, 1);
}
