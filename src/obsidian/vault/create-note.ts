import type { App, TFile } from "obsidian";

/** A new note with its text, its folder created first when missing. Callers check that the path is free. */
export async function createNote(app: App, path: string, text: string): Promise<TFile> {
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder && !app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
	return app.vault.create(path, text);
}
