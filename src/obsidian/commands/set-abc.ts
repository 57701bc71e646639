import type { PluginContext } from "../plugin-context";
import { AbcModal } from "../views/abc-modal";
import { customerCommand } from "./customer-command";

/** ABC setzen, in a customer note. */
export const setAbcCommand = (context: PluginContext) =>
	customerCommand(context, "set-abc", context.ui().commands.setAbc, (c) => new AbcModal(context.app, context, c).open());
