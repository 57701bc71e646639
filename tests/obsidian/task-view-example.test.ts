// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { exampleVaultFiles } from "./example-vault";
import { loadPlugin } from "./harness";
import { afterPaint, openTaskView } from "./task-view-harness";
import { FIRST_PAINT } from "../../src/obsidian/render/task-list";

describe("task view on the example vault", () => {
	it("shows every activity of index --json, the vague ones flagged", async () => {
		const { rows, index } = await openTaskView(exampleVaultFiles());
		expect(rows()).toHaveLength(index().activities.length);
		expect(rows().filter((r) => r.classList.contains("is-vague"))).toHaveLength(index().activities.filter((a) => a.vague).length);
	});

	it("draws its first screen of rows at once and the rest after the first paint, in order, and keeps them on the next render", async () => {
		const { app, index } = await loadPlugin(exampleVaultFiles());
		const leaf = app.workspace.getLeaf();
		await leaf.setViewState({ type: "kundendossier-tasks" });
		const rows = () => [...leaf.view.containerEl.querySelectorAll<HTMLElement>(".kundendossier-task")];
		expect(rows()).toHaveLength(FIRST_PAINT);
		const key = (r: HTMLElement) => `${r.dataset.path}:${r.dataset.line}`;
		const before = rows().map(key);
		// Groups past the first screen have their headers (with counts) but are sorted and drawn only after the paint.
		const lists = [...leaf.view.containerEl.querySelectorAll("details")];
		expect(lists.length).toBeGreaterThan(1);
		expect(lists.at(-1)?.querySelectorAll(".kundendossier-task")).toHaveLength(0);
		expect(lists.at(-1)?.querySelector("summary")?.textContent).toMatch(/\(\d+\)$/);
		await afterPaint();
		const all = rows().map(key);
		expect(all).toHaveLength(index().activities.length);
		expect(all.slice(0, FIRST_PAINT)).toEqual(before);
		// Each group's rows in the order a render without deferral gives them: before the "more" button, sorted as shown.
		const view = leaf.view as unknown as { render(): void };
		view.render();
		expect(rows().map(key)).toEqual(all);
	});
});
