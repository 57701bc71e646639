import { nextPhase } from "../../core/phases/transition";
import type { PluginContext } from "../plugin-context";
import { PhaseModal } from "../views/phase-modal";
import { customerCommand } from "./customer-command";

/** Phase weiterschalten: offered while the customer has a next phase. */
export const advancePhaseCommand = (context: PluginContext) =>
	customerCommand(context, "advance-phase", context.ui().commands.advancePhase, (c) => new PhaseModal(context.app, context, c, "advance").open(), (c) => nextPhase(c.phaseNames, c.phaseIndex) !== null);

/** Phase setzen: back as far as needed, forward one step. */
export const setPhaseCommand = (context: PluginContext) =>
	customerCommand(context, "set-phase", context.ui().commands.setPhase, (c) => new PhaseModal(context.app, context, c, "set").open());

/** Neustart: the key contact left; back to the first phase, history kept, reason recorded. */
export const restartCommand = (context: PluginContext) =>
	customerCommand(context, "restart-relationship", context.ui().commands.restart, (c) => new PhaseModal(context.app, context, c, "restart").open());
