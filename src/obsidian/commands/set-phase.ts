import type { PluginContext } from "../plugin-context";
import { PhaseModal } from "../views/phase-modal";
import { customerCommand } from "./customer-command";

/** Phase setzen: back as far as needed, forward one step. */
export const setPhaseCommand = (context: PluginContext) =>
	customerCommand(context, "set-phase", context.ui().commands.setPhase, (c) => new PhaseModal(context.app, context, c, "set").open());
