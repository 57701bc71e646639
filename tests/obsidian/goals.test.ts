// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { runCommand, settle } from "./actions";
import { notices } from "./fake/obsidian";
import { exampleVaultFiles } from "./example-vault";
import { context, loadPlugin } from "./harness";

const GOALS = "Notizen/Vertriebsziele 2027.md";

async function renderBlock(plugin: Awaited<ReturnType<typeof loadPlugin>>["plugin"]): Promise<HTMLElement> {
	const el = document.createElement("div");
	plugin.codeBlocks.get("kundenziele")?.("", el, { sourcePath: GOALS, addChild: (c: { load(): void }) => c.load() });
	await settle();
	return el;
}

describe("Verkaufsziele in the plugin", () => {
	it("the kundenziele block shows one line per goal of the example's goals note, with a bar", async () => {
		const { plugin } = await loadPlugin(exampleVaultFiles());
		const el = await renderBlock(plugin);
		const goals = [...el.querySelectorAll(".kundendossier-goal")];
		expect(goals.map((g) => g.querySelector(".kundendossier-goal-label")?.textContent)).toEqual([
			"Kunden",
			"Kundenzuwachs",
			"Neukunden",
			"Neue A-Kunden",
			"Umsatz mit Bestandskunden",
			"Umsatz mit Neukunden",
			"Umsatz je Kunde",
			"Kontakte je Woche",
		]);
		const neukunden = goals[2] as HTMLElement;
		expect(neukunden.querySelector(".kundendossier-goal-figures")?.textContent).toBe("0 von 3 (0 %)");
		expect(neukunden.querySelector(".kundendossier-goal-status")?.textContent).toBe("hinter Plan (erwartet 0,4) · noch 312 Tage");
		expect(neukunden.classList.contains("is-behind")).toBe(true);
		const bar = goals[6]?.querySelector("progress");
		expect([bar?.getAttribute("max"), bar?.getAttribute("value")]).toEqual(["100", "100"]);
		expect(el.querySelector(".kundendossier-goals-title a")?.getAttribute("data-href")).toBe(GOALS);
		// Built with the DOM API: no markup from the note gets in.
		expect(el.querySelector("script, img")).toBeNull();
	});

	it("an unreadable goal shows as a problem naming its key; the others are still shown", async () => {
		const files = exampleVaultFiles();
		files[GOALS] = (files[GOALS] as string).replace("neukunden: 3", "neukunden: drei");
		const { plugin } = await loadPlugin(files);
		const el = await renderBlock(plugin);
		expect([...el.querySelectorAll(".kundendossier-goal-problem")].map((p) => p.textContent)).toEqual(["neukunden: „drei“ ist keine ganze Zahl (z. B. 5)"]);
		expect(el.querySelectorAll(".kundendossier-goal")).toHaveLength(7);
	});

	it("the block says how to create the goals note when there is none", async () => {
		const files = exampleVaultFiles();
		delete files[GOALS];
		const { plugin } = await loadPlugin(files);
		const el = await renderBlock(plugin);
		expect(el.textContent).toContain("Keine Zielnotiz gefunden (Notizen/Vertriebsziele 2026.md)");
	});

	it("Verkaufsziele anlegen creates this year's note from the template, and refuses to overwrite it", async () => {
		const { app, plugin } = await loadPlugin({ "Kunden/Neu.md": "---\ntyp: kunde\nstatus: Neukunde\n---\n" });
		notices.length = 0;
		runCommand(plugin, "create-goals");
		await settle();
		const path = "Notizen/Vertriebsziele 2026.md";
		const text = app.vault.text(app.file(path));
		expect(text).toContain("von: 2026-01-01\nbis: 2026-12-31\n");
		expect(text).toContain("```kundenziele\n```");
		expect(notices).toEqual([`Verkaufsziele angelegt: ${path}`]);
		expect(app.workspace.getActiveFile()?.path).toBe(path);
		// The template's goals are all readable.
		const el = await renderBlock(plugin);
		expect(el.querySelectorAll(".kundendossier-goal")).toHaveLength(8);
		expect(el.querySelector(".kundendossier-goal-problem")).toBeNull();

		await app.vault.modify(app.file(path), "---\nvon: 2026-01-01\nbis: 2026-12-31\nneukunden: 9\n---\nmeine Ziele\n");
		runCommand(plugin, "create-goals");
		await settle();
		expect(app.vault.text(app.file(path))).toBe("---\nvon: 2026-01-01\nbis: 2026-12-31\nneukunden: 9\n---\nmeine Ziele\n");
		expect(notices[1]).toBe(`${path} gibt es schon; nichts überschrieben, die Notiz wird geöffnet.`);
	});

	it("the daily review ends with the goal lines", async () => {
		const { plugin } = await loadPlugin(exampleVaultFiles());
		const { reviewMarkdown } = await import("../../src/obsidian/review-markdown");
		const review = await reviewMarkdown(context(plugin));
		expect(review).toContain("## Verkaufsziele (8)\n\n- Kunden: 11 von 14 (78 %) · hinter Plan (erwartet 11,4) · noch 312 Tage\n");
	});
});
