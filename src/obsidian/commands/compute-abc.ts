import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { AbcAnalysisModal } from "../views/abc-analysis-modal";

/** ABC aus Umsatz berechnen, anywhere: a preview of all customers, applied to the ones selected. */
export const computeAbcCommand = (context: PluginContext): Command => ({
	id: "compute-abc",
	name: context.ui().commands.computeAbc,
	callback: () => new AbcAnalysisModal(context.app, context).open(),
});
