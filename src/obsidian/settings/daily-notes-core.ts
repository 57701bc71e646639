import type { App } from "obsidian";

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
