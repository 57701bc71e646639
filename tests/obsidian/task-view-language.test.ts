// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { VAULT } from "./fixture-vault";
import { loadPlugin } from "./harness";

describe("task view in English", () => {
	it("names each row's customer phase in English", async () => {
		const { app } = await loadPlugin(VAULT, { languageMode: "en" });
		const leaf = app.workspace.getLeaf();
		await leaf.setViewState({ type: "kundendossier-tasks" });
		const phases = new Set([...leaf.view.containerEl.querySelectorAll(".kundendossier-task-phase")].map((e) => e.textContent));
		expect(phases.has("Trust")).toBe(true);
		expect(phases.has("Vertrauen")).toBe(false);
	});
});
