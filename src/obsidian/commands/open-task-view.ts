import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { TASK_VIEW } from "../views/task-view";
import { revealView } from "../views/reveal-view";

/** Opens (or reveals) the task view in the main area. */
export function openTaskViewCommand(context: PluginContext): Command {
	return { id: "open-task-view", name: context.ui().commands.openTaskView, callback: () => void revealTaskView(context) };
}

export function revealTaskView(context: PluginContext): Promise<void> {
	return revealView(context.app, TASK_VIEW, () => context.app.workspace.getLeaf("tab"));
}
