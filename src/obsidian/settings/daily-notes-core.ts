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
	const internal = (
		app as unknown as { internalPlugins?: { getPluginById?: (id: string) => { enabled?: boolean; instance?: { options?: DailyNotesOptions } } | null } }
	).internalPlugins;
	const plugin = internal?.getPluginById?.("daily-notes");
	if (!plugin?.enabled) return null;
	const options = plugin.instance?.options ?? {};
	return { format: options.format?.trim() || "YYYY-MM-DD", folder: (options.folder ?? "").trim(), template: (options.template ?? "").trim() };
}

/** The Periodic Notes plugin's daily settings when it is installed and its daily notes are on. */
export function periodicDailyNotes(app: App): { format: string; folder: string; template: string } | null {
	const plugins = (
		app as unknown as { plugins?: { plugins?: Record<string, { settings?: { daily?: DailyNotesOptions & { enabled?: boolean } } } | undefined> } }
	).plugins;
	const daily = plugins?.plugins?.["periodic-notes"]?.settings?.daily;
	if (!daily?.enabled) return null;
	return { format: daily.format?.trim() || "YYYY-MM-DD", folder: (daily.folder ?? "").trim(), template: (daily.template ?? "").trim() };
}

/**
 * The daily notes that apply: Periodic Notes' or the core plugin's when the user wants them and one is on, else the
 * plugin's own settings. The index (to recognise daily notes) and the writers (review, activities)
 * both ask here, so they always agree.
 */
export function dailyNoteSettings(app: App, settings: PluginSettings): { format: string; folder: string; template: string } {
	// Periodic Notes takes over the daily notes when it manages them, as it does in Obsidian.
	const core = settings.dailyNotesFromCore ? (periodicDailyNotes(app) ?? coreDailyNotes(app)) : null;
	return core ?? { format: settings.dailyNoteFormat, folder: settings.dailyNoteFolder, template: "" };
}
