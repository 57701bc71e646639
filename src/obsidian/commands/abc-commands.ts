import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { AbcAnalysisModal } from "../views/abc-analysis-modal";
import { AbcModal } from "../views/abc-modal";
import { customerCommand } from "./customer-command";

/** ABC setzen, in a customer note. */
export const setAbcCommand = (context: PluginContext) => customerCommand(context, "set-abc", context.ui().commands.setAbc, (c) => new AbcModal(context.app, context, c).open());

/** ABC aus Umsatz berechnen, anywhere: a preview of all customers, applied to the ones selected. */
export const computeAbcCommand = (context: PluginContext): Command => ({
	id: "compute-abc",
	name: context.ui().commands.computeAbc,
	callback: () => new AbcAnalysisModal(context.app, context).open(),
});
