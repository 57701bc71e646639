import { nextPhase } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { PhaseModal } from "../views/phase-modal";
import { customerCommand } from "./customer-command";

/** Phase weiterschalten: offered while the customer has a next phase. */
export const advancePhaseCommand = (context: PluginContext) =>
	customerCommand(
		context,
		"advance-phase",
		context.ui().commands.advancePhase,
		(c) => new PhaseModal(context.app, context, c, "advance").open(),
		(c) => nextPhase(c.phaseNames, c.phaseIndex) !== null,
	);
