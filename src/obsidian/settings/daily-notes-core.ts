import type { App } from "obsidian";
import type { PluginSettings } from "./plugin-settings";

interface DailyNotesOptions {
	format?: string;
	folder?: string;
	template?: string;
}

/**
 * Format and folder of the core Daily notes plugin when it is enabled. Obsidian does not type its
 * internal plugins, so every step is checked; null means "not available".
 */
export function coreDailyNotes(app: App): { format: string; folder: string; template: string } | null {
	const internal = (app as unknown as { internalPlugins?: { getPluginById?: (id: string) => { enabled?: boolean; instance?: { options?: DailyNotesOptions } } | null } }).internalPlugins;
	const plugin = internal?.getPluginById?.("daily-notes");
	if (!plugin?.enabled) return null;
	const options = plugin.instance?.options ?? {};
	return { format: options.format?.trim() || "YYYY-MM-DD", folder: (options.folder ?? "").trim(), template: (options.template ?? "").trim() };
}

/**
 * The daily notes that apply: the core plugin's when the user wants them and it is on, else the
 * plugin's own settings. The index (to recognise daily notes) and the writers (review, activities)
 * both ask here, so they always agree.
 */
export function dailyNoteSettings(app: App, settings: PluginSettings): { format: string; folder: string; template: string } {
	const core = settings.dailyNotesFromCore ? coreDailyNotes(app) : null;
	return core ?? { format: settings.dailyNoteFormat, folder: settings.dailyNoteFolder, template: "" };
}
