import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { TASK_VIEW } from "../views/task-view";

/** Opens (or reveals) the task view in the main area. */
export function openTaskViewCommand(context: PluginContext): Command {
	return { id: "open-task-view", name: context.ui().commands.openTaskView, callback: () => void revealTaskView(context) };
}

export async function revealTaskView(context: PluginContext): Promise<void> {
	const { workspace } = context.app;
	let leaf = workspace.getLeavesOfType(TASK_VIEW)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type: TASK_VIEW, active: true });
	}
	await workspace.revealLeaf(leaf);
}
