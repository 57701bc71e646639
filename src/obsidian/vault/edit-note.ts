import { Notice, TFile, type App } from "obsidian";
import type { UiStrings } from "../i18n/ui-strings";

/** One write to a note through Vault.process (atomic against other changes); a missing note is said in a notice. */
export async function editNote(app: App, path: string, edit: (text: string) => string, ui: UiStrings): Promise<boolean> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) {
		new Notice(ui.tasks.refused.missing);
		return false;
	}
	await app.vault.process(file, edit);
	return true;
}
