import type { PluginContext } from "../plugin-context";
import { PhaseModal } from "../views/phase-modal";
import { customerCommand } from "./customer-command";

/** Neustart: the key contact left; back to the first phase, history kept, reason recorded. */
export const restartCommand = (context: PluginContext) =>
	customerCommand(context, "restart-relationship", context.ui().commands.restart, (c) => new PhaseModal(context.app, context, c, "restart").open());
