import { describe, expect, it } from "vitest";
import { obsidianPerTest, type Obsidian } from "./support/browser";

const startObsidian = obsidianPerTest();

const OVERVIEW_NOTE = "Notizen/Kundenübersicht.md";

/** Opens the example vault's overview note in the reading view, where the `kundenuebersicht` block renders. */
async function showOverviewNote(o: Obsidian) {
	await o.page.locator(`.nav-file-title[data-path="${OVERVIEW_NOTE}"]`).click();
	await o.page.evaluate(() => window.harness.setMode("preview"));
	const overview = o.page.locator(".mod-root .kundendossier-overview");
	await overview.waitFor();
	return overview;
}

describe("customer overview", () => {
	it("renders the block on the example vault: bars per phase, the Pareto cuts, stuck customers", async () => {
		const obsidian = await startObsidian();
		const overview = await showOverviewNote(obsidian);
		const heart = await overview
			.locator('[data-model="kundenherz"] .kundendossier-overview-bar')
			.evaluateAll((gs: Element[]) => gs.map((g) => [g.getAttribute("data-key"), Number(g.getAttribute("data-count"))]));
		expect(heart).toEqual([
			["Gelegenheit", 0],
			["Kennenlernen", 2],
			["Vertiefung", 1],
			["Vertrauen", 3],
			["Intime Phase", 0],
			["", 2],
		]);
		const cuts = await overview.locator(".kundendossier-overview-cut").evaluateAll((gs: Element[]) => gs.map((g) => g.querySelector("text")?.textContent));
		expect(cuts).toEqual(["65 %: 3 Kunden (23 %)", "85 %: 6 Kunden (46 %)"]);
		await expect(overview.locator(".kundendossier-overview-point").count()).resolves.toBe(13);
		await expect(overview.locator(".kundendossier-overview-stuck li").first().textContent()).resolves.toBe(
			"Autohaus Brandt e.K.Stammkunde seit 2023 Tagen (Grenze 365)",
		);
	});

	it("draws real SVG in the theme's colours, with every label laid out inside the chart", async () => {
		const obsidian = await startObsidian({ theme: "dark" });
		const overview = await showOverviewNote(obsidian);
		const fill = overview.locator('[data-model="kundenherz"] [data-key="Vertrauen"] .kundendossier-overview-fill');
		const [painted, accent, width] = await fill.evaluate((rect) => {
			const probe = rect.ownerDocument.body.createDiv({ attr: { style: "color: var(--interactive-accent)" } });
			const result = [getComputedStyle(rect).fill, getComputedStyle(probe).color, (rect as SVGGraphicsElement).getBBox().width];
			probe.remove();
			return result;
		});
		expect(painted).toBe(accent);
		expect(width).toBeGreaterThan(0);
		// Cut labels stay inside the plot, where the reader sees them.
		const outside = await overview.locator(".kundendossier-overview-pareto").evaluate((svg) => {
			const box = svg.getBoundingClientRect();
			return [...svg.querySelectorAll(".kundendossier-overview-cut-label")].filter((t) => {
				const r = t.getBoundingClientRect();
				return r.width === 0 || r.left < box.left || r.right > box.right;
			}).length;
		});
		expect(outside).toBe(0);
	});

	it("opens a stuck customer's note from its link", async () => {
		const obsidian = await startObsidian();
		const overview = await showOverviewNote(obsidian);
		await overview.locator(".kundendossier-overview-stuck a", { hasText: "Hotel Seeblick" }).click();
		await obsidian.page.locator(".mod-root .view-header-title", { hasText: "Hotel Seeblick" }).waitFor();
	});

	it("is what the dossier view shows while no customer note is active", async () => {
		const obsidian = await startObsidian();
		await obsidian.page.locator('.nav-file-title[data-path="Notizen/Vertriebsziele 2027.md"]').click();
		await obsidian.page.locator('.side-dock-ribbon-action[aria-label="Dossier-Ansicht öffnen"]').click();
		const view = obsidian.page.locator('.mod-right-split .workspace-leaf-content[data-type="kundendossier-dossier"]');
		await view.locator(".kundendossier-overview-pareto").waitFor();
		await expect(view.locator(".kundendossier-hint").textContent()).resolves.toBe("Diese Notiz ist kein Kundendossier.");
		await expect(view.locator(".view-content").evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBe(0);
	});
});
