import { normalizePath, TFile, type App } from "obsidian";
import { fillDailyTemplate, formatDailyNoteName, type Lang } from "../../core/api";
import type { PluginSettings } from "../settings/plugin-settings";
import { createNote } from "./create-note";
import { dailyNoteSettings } from "../settings/daily-notes-core";

/**
 * Today's daily note, created when missing: folder, name format and template as the core Daily notes
 * plugin has them (or the plugin's own settings). The template's {{date}} and {{title}} are filled in.
 */
export async function todaysDailyNote(app: App, settings: PluginSettings, today: string, lang: Lang): Promise<TFile> {
	const { format, folder, template: templatePath } = dailyNoteSettings(app, settings);
	const name = formatDailyNoteName(today, format, lang) ?? today;
	const path = normalizePath(`${folder ? `${folder}/` : ""}${name}.md`);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) return existing;
	const title = name.slice(name.lastIndexOf("/") + 1);
	return createNote(app, path, await template(app, templatePath, today, title));
}

async function template(app: App, path: string, today: string, title: string): Promise<string> {
	if (!path) return "";
	const file = app.vault.getAbstractFileByPath(normalizePath(path.endsWith(".md") ? path : `${path}.md`));
	if (!(file instanceof TFile)) return "";
	return fillDailyTemplate(await app.vault.read(file), today, title);
}
