import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";

/** Reads every note again, e.g. after a bulk change outside Obsidian. */
export function rebuildIndexCommand(context: PluginContext): Command {
	return {
		id: "rebuild-index",
		name: context.ui().commands.rebuildIndex,
		callback: () => void context.index.rebuild(),
	};
}
