import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { DOSSIER_VIEW } from "../views/dossier-view";
import { revealView } from "../views/reveal-view";

/** Opens (or reveals) the Dossier view in the right sidebar. */
export function openDossierViewCommand(context: PluginContext): Command {
	return {
		id: "open-dossier-view",
		name: context.ui().commands.openDossierView,
		callback: () => void revealDossierView(context),
	};
}

export function revealDossierView(context: PluginContext): Promise<void> {
	return revealView(context.app, DOSSIER_VIEW, () => context.app.workspace.getRightLeaf(false));
}
