import { lastMenu, type Menu } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { loadPlugin } from "./harness";

/** Resolves after the next frame has been painted: the task view builds rows past its first screen then. */
export const afterPaint = () => new Promise<void>((resolve) => window.requestAnimationFrame(() => window.setTimeout(resolve, 0)));

/** The plugin over `files` with its task view open in the main area and drawn in full; rows found by their text. */
export async function openTaskView(files: Record<string, string> = VAULT) {
	const loaded = await loadPlugin(files);
	const leaf = loaded.app.workspace.getLeaf();
	await leaf.setViewState({ type: "kundendossier-tasks" });
	await afterPaint();
	const el = leaf.view.containerEl;
	document.body.replaceChildren(el); // focus needs the view in the document
	const rows = () => [...el.querySelectorAll<HTMLElement>(".kundendossier-task")];
	const row = (text: string) => rows().find((r) => r.querySelector(".kundendossier-task-text")?.textContent?.includes(text)) as HTMLElement;
	return { ...loaded, leaf, el, rows, row };
}

/** Opens a row's menu with its "…" button and returns it. */
export function menuOf(row: HTMLElement): Menu {
	row.querySelector<HTMLButtonElement>("button.kundendossier-task-menu")?.click();
	if (!lastMenu?.dom) throw new Error("no menu shown");
	return lastMenu;
}
