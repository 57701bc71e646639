import { TFile } from "obsidian";
import { goalsNoteCandidates, goalsReport, type GoalsReport, messages } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { obsidianYaml } from "../vault/yaml";

/** The goals note of the index's day: this year's by the setting, else next year's; null when there is none. */
export function goalsFile(context: PluginContext): TFile | null {
	for (const path of goalsNoteCandidates(context.settings().goalsNote, context.index.current.today)) {
		const file = context.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) return file;
	}
	return null;
}

/** The goals note measured against the current index, as the review and the `kundenziele` block show it. */
export async function readGoalsReport(context: PluginContext): Promise<GoalsReport | null> {
	const file = goalsFile(context);
	if (!file) return null;
	const text = await context.app.vault.cachedRead(file);
	return goalsReport(file.path, text, context.index.current, { yaml: obsidianYaml }, messages(context.lang()));
}
