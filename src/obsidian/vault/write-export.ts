import { normalizePath, Notice, TFile, type App } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { createNote } from "./create-note";

/** Where the exports go: a folder of their own, so they never mix with notes. */
export const EXPORT_FOLDER = "Kundendossier/Export";

/**
 * Writes an export file, replacing the previous one in one write, and says where it went. The
 * content is made from the index only when the index is built, so a half-read vault is never exported.
 */
export async function writeExport(context: PluginContext, name: string, content: () => string): Promise<void> {
	const ui = context.ui();
	if (!context.index.isBuilt) {
		new Notice(ui.card.indexing);
		return;
	}
	const path = normalizePath(`${EXPORT_FOLDER}/${name}`);
	try {
		await write(context.app, path, content());
		new Notice(ui.exports.written(path));
	} catch (error) {
		new Notice(ui.exports.failed(path, error instanceof Error ? error.message : String(error)));
	}
}

async function write(app: App, path: string, text: string): Promise<void> {
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) return app.vault.modify(existing, text);
	await createNote(app, path, text);
}
