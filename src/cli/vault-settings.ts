import { type Lang, normalizeFolder, readSettings, type Settings, templateFolders } from "../core/api";
import { readVaultConfig } from "./read-vault";

/** Where the plugin keeps its settings, as named in warnings about them. */
export const SETTINGS_FILE = ".obsidian/plugins/kundendossier/data.json";

/**
 * The settings the CLI works with: the plugin's own settings stored in the vault (if the plugin is
 * installed there), the core Daily notes format and folder, the template folders of core Templates
 * and Templater, then the command-line options on top. `invalid`: stored keys that failed validation
 * (their defaults are used), for the CLI to name in its language.
 */
export function vaultSettings(
	root: string,
	options: { folder: string | null; lang: Lang | null; templates: string | null },
): { settings: Settings; invalid: string[] } {
	const stored = readVaultConfig(root, "plugins/kundendossier/data.json");
	const { settings, problems } = readSettings(stored ?? {});
	const daily = dailyNotesConfig(root);
	if (daily && stored === null) {
		if (typeof daily.format === "string" && daily.format.trim()) settings.dailyNoteFormat = daily.format.trim();
		if (typeof daily.folder === "string") settings.dailyNoteFolder = daily.folder.trim();
	}
	// Templates as the vault's own settings name them, as the plugin reads them inside Obsidian.
	const core = readVaultConfig(root, "templates.json") as { folder?: unknown } | null;
	const templater = readVaultConfig(root, "plugins/templater-obsidian/data.json") as { templates_folder?: unknown } | null;
	settings.templateFolders = templateFolders({
		core: core?.folder,
		templater: templater?.templates_folder,
		extra: options.templates === null ? [] : [options.templates],
	});
	if (options.folder !== null) settings.customerFolders = [normalizeFolder(options.folder)];
	if (options.lang !== null) settings.language = options.lang;
	return { settings, invalid: problems };
}

/** The daily-notes options of the vault: Periodic Notes' when it manages them (as in Obsidian), else the core plugin's. */
export function dailyNotesConfig(root: string): { format?: unknown; folder?: unknown; template?: unknown } | null {
	const periodic = readVaultConfig(root, "plugins/periodic-notes/data.json") as {
		daily?: { enabled?: unknown; format?: unknown; folder?: unknown; template?: unknown };
	} | null;
	if (periodic?.daily?.enabled === true) return periodic.daily;
	return readVaultConfig(root, "daily-notes.json") as { format?: unknown; folder?: unknown; template?: unknown } | null;
}
