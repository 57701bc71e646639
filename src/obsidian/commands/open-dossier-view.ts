import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { DOSSIER_VIEW } from "../views/dossier-view";

/** Opens (or reveals) the Dossier view in the right sidebar. */
export function openDossierViewCommand(context: PluginContext): Command {
	return {
		id: "open-dossier-view",
		name: context.ui().commands.openDossierView,
		callback: () => void revealDossierView(context),
	};
}

export async function revealDossierView(context: PluginContext): Promise<void> {
	const { workspace } = context.app;
	let leaf = workspace.getLeavesOfType(DOSSIER_VIEW)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: DOSSIER_VIEW, active: true });
	}
	if (leaf) await workspace.revealLeaf(leaf);
}
