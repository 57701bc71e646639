import type { App, WorkspaceLeaf } from "obsidian";

/** Reveals the open view of `type`, or opens it in the leaf `place` makes (a sidebar, a new tab). */
export async function revealView(app: App, type: string, place: () => WorkspaceLeaf | null): Promise<void> {
	let leaf = app.workspace.getLeavesOfType(type)[0] ?? null;
	if (!leaf) {
		leaf = place();
		await leaf?.setViewState({ type, active: true });
	}
	if (leaf) await app.workspace.revealLeaf(leaf);
}
