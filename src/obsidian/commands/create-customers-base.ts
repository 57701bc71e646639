import { normalizePath, Notice, TFile, type Command } from "obsidian";
import { CUSTOMERS_BASE, customersBase } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { createNote } from "../vault/create-note";
import { vaultTemplateFolders } from "../settings/template-folders";

/** Where the base goes: the first customer folder (the vault's root when that is the whole vault). */
function basePath(context: PluginContext): string {
	const folder = (context.settings().customerFolders[0] ?? "").replace(/^\/+|\/+$/g, "");
	return normalizePath(folder ? `${folder}/${CUSTOMERS_BASE}` : CUSTOMERS_BASE);
}

/** "Kundenbasis anlegen": an Obsidian Bases file over the customers' frontmatter; one the user already has stays untouched. */
async function createCustomersBase(context: PluginContext): Promise<void> {
	const { app } = context;
	const ui = context.ui().bases;
	const path = basePath(context);
	if (app.vault.getAbstractFileByPath(path)) {
		new Notice(ui.exists(path));
		return;
	}
	try {
		const text = customersBase({ ...context.settings(), templateFolders: vaultTemplateFolders(app) });
		const file = await createNote(app, path, text);
		new Notice(ui.created(path));
		if (file instanceof TFile) await app.workspace.getLeaf(false).openFile(file);
	} catch (error) {
		new Notice(ui.failed(path, error instanceof Error ? error.message : String(error)));
	}
}

export function createCustomersBaseCommand(context: PluginContext): Command {
	return { id: "create-customers-base", name: context.ui().bases.command, callback: () => void createCustomersBase(context) };
}
