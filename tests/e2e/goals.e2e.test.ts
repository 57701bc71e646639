import { describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { obsidianPerTest, type Obsidian } from "./support/browser";

const startObsidian = obsidianPerTest();

const GOALS_NOTE = "Notizen/Vertriebsziele 2027.md";
const LABELS = [
	"Kunden",
	"Kundenzuwachs",
	"Neukunden",
	"Neue A-Kunden",
	"Umsatz mit Bestandskunden",
	"Umsatz mit Neukunden",
	"Umsatz je Kunde",
	"Kontakte je Woche",
];

/** Opens the example vault's goals note in the reading view, where its `kundenziele` block renders. */
async function showGoalsNote(o: Obsidian) {
	await o.page.locator(`.nav-file-title[data-path="${GOALS_NOTE}"]`).click();
	await o.page.evaluate(() => window.harness.setMode("preview"));
	const goals = o.page.locator(".mod-root .kundendossier-goals");
	await goals.locator(".kundendossier-goal").first().waitFor();
	return goals;
}

/**
 * The colours a reader sees on each goal's bar: the filled part and the empty track, read from pixels of a
 * screenshot (a progress bar's parts are pseudo-elements, which getComputedStyle does not reach), next to
 * what the theme's variables resolve to.
 */
async function barColours(page: Obsidian["page"], goals: Locator) {
	const shot = (await goals.screenshot()).toString("base64");
	return page.evaluate(
		async ([png, selector]) => {
			const el = document.querySelector(selector) as HTMLElement;
			const resolve = (css: string) => {
				const probe = el.createDiv({ attr: { style: `color: ${css}` } });
				const colour = getComputedStyle(probe).color;
				probe.remove();
				return colour;
			};
			const image = new Image();
			image.src = `data:image/png;base64,${png}`;
			await image.decode();
			const canvas = document.createElement("canvas");
			[canvas.width, canvas.height] = [image.width, image.height];
			const pen = canvas.getContext("2d") as CanvasRenderingContext2D;
			pen.drawImage(image, 0, 0);
			const box = el.getBoundingClientRect();
			const at = (x: number, y: number) => {
				const [r, g, b] = pen.getImageData(Math.round(x - box.left), Math.round(y - box.top), 1, 1).data;
				return `rgb(${r}, ${g}, ${b})`;
			};
			const bars = [...el.querySelectorAll<HTMLProgressElement>(".kundendossier-goal-bar")].map((bar) => {
				const r = bar.getBoundingClientRect();
				const filled = r.width * bar.position;
				const y = r.top + r.height / 2;
				return {
					height: r.height,
					value: filled >= 8 ? at(r.left + filled / 2, y) : null,
					track: r.width - filled >= 8 ? at(r.left + filled + (r.width - filled) / 2, y) : null,
				};
			});
			return {
				bars,
				accent: resolve("var(--interactive-accent)"),
				orange: resolve("rgb(var(--color-orange-rgb))"),
				green: resolve("rgb(var(--color-green-rgb))"),
				border: resolve("var(--background-modifier-border)"),
				warning: resolve("var(--text-warning)"),
				behindStatus: getComputedStyle(el.querySelector(".kundendossier-goal.is-behind .kundendossier-goal-status") as Element).color,
			};
		},
		[shot, ".mod-root .kundendossier-goals"] as const,
	);
}

/** How far the goals block reaches past its own box, and any goal text clipped inside it (0 and [] when all fits). */
function fit(goals: Locator) {
	return goals.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const parts = [
			...el.querySelectorAll<HTMLElement>(".kundendossier-goal-label, .kundendossier-goal-figures, .kundendossier-goal-status, .kundendossier-goal-bar"),
		];
		const edges = (selector: string, edge: (r: DOMRect) => number) =>
			[...el.querySelectorAll(selector)].map((e) => Math.round(edge(e.getBoundingClientRect())));
		return {
			width: box.width,
			// Lines start where the block starts (no list indent); figures end at its right edge, wrapped or not.
			starts: [...new Set(edges(".kundendossier-goal", (r) => r.left - box.left))],
			ends: [...new Set(edges(".kundendossier-goal-figures", (r) => box.right - r.right))],
			overflow: el.scrollWidth - el.clientWidth,
			outside: parts
				.filter((p) => {
					const r = p.getBoundingClientRect();
					return r.width === 0 || r.left < box.left - 0.5 || r.right > box.right + 0.5 || p.scrollWidth > p.clientWidth;
				})
				.map((p) => p.textContent),
		};
	});
}

describe("sales goals", () => {
	it("renders the goals note's block on the example vault: one line per goal with a bar, behind-track goals say so", async () => {
		const obsidian = await startObsidian();
		const goals = await showGoalsNote(obsidian);
		const lines = goals.locator(".kundendossier-goal");
		await expect(lines.locator(".kundendossier-goal-label").allTextContents()).resolves.toEqual(LABELS);
		await expect(lines.locator("progress.kundendossier-goal-bar").count()).resolves.toBe(LABELS.length);
		const neukunden = lines.nth(2);
		await expect(neukunden.getAttribute("class")).resolves.toContain("is-behind");
		await expect(neukunden.locator(".kundendossier-goal-figures").textContent()).resolves.toBe("0 von 3 (0 %)");
		await expect(neukunden.locator(".kundendossier-goal-status").textContent()).resolves.toBe("hinter Plan (erwartet 0,4) · noch 312 Tage");
		await expect(neukunden.locator(".kundendossier-goal-bar").evaluate((bar) => (bar as HTMLProgressElement).position)).resolves.toBe(0);
		await expect(goals.locator(".kundendossier-goal-problem").count()).resolves.toBe(0);
		await expect(goals.locator(".kundendossier-goals-title a").textContent()).resolves.toBe("Notizen/Vertriebsziele 2027");
	});

	it.each(["light", "dark"] as const)(
		"paints the bars in the theme's colours (%s): accent on track, orange behind, the track in the border colour",
		async (theme) => {
			const obsidian = await startObsidian({ theme });
			const goals = await showGoalsNote(obsidian);
			const tracks = await goals
				.locator(".kundendossier-goal")
				.evaluateAll((items: Element[]) => items.map((li) => [...li.classList].find((c) => c.startsWith("is-"))));
			const c = await barColours(obsidian.page, goals);
			const fill = (track: string | undefined) => (track === "is-behind" || track === "is-missed" ? c.orange : track === "is-reached" ? c.green : c.accent);
			expect(c.bars.map((bar, i) => bar.value ?? fill(tracks[i]))).toEqual(tracks.map(fill));
			expect(c.bars.map((bar) => bar.track ?? c.border)).toEqual(tracks.map(() => c.border));
			// Both parts are really seen somewhere, not only skipped as too narrow.
			expect(c.bars.filter((bar) => bar.value !== null).length).toBeGreaterThan(0);
			expect(c.bars.filter((bar) => bar.track !== null).length).toBeGreaterThan(0);
			expect(c.bars.every((bar) => bar.height > 0)).toBe(true);
			expect(tracks).toContain("is-behind");
			expect(c.behindStatus).toBe(c.warning);
		},
	);

	it("fits a normal pane and a 300 px sidebar without overflow or clipped text", async () => {
		const obsidian = await startObsidian();
		const wide = await showGoalsNote(obsidian);
		const inPane = await fit(wide);
		expect(inPane.width).toBeGreaterThan(500);
		expect([inPane.overflow, inPane.outside, inPane.starts, inPane.ends]).toEqual([0, [], [0], [0]]);
		// The goals note dragged into the right sidebar, as one keeps it beside the customer notes.
		await obsidian.page.evaluate(async (path) => {
			const app = (
				window as unknown as {
					app: {
						vault: { getFileByPath(p: string): unknown };
						workspace: { getRightLeaf(split: boolean): { openFile(f: unknown, s: unknown): Promise<void> } };
					};
				}
			).app;
			await app.workspace.getRightLeaf(false).openFile(app.vault.getFileByPath(path), { state: { mode: "preview" } });
		}, GOALS_NOTE);
		const narrow = obsidian.page.locator(".mod-right-split .kundendossier-goals");
		await narrow.locator(".kundendossier-goal").first().waitFor();
		await expect(obsidian.page.locator(".mod-right-split").evaluate((el) => el.getBoundingClientRect().width)).resolves.toBe(300);
		const inSidebar = await fit(narrow);
		expect([inSidebar.overflow, inSidebar.outside, inSidebar.starts, inSidebar.ends]).toEqual([0, [], [0], [0]]);
		await expect(
			obsidian.page.locator(".mod-right-split .workspace-leaf:not(.is-hidden) .view-content").evaluate((el) => el.scrollWidth - el.clientWidth),
		).resolves.toBe(0);
	});

	it("the kundenreview block in a daily note ends with the Verkaufsziele lines", async () => {
		const obsidian = await startObsidian({ files: { "Tagesnotizen/Vorlage Review.md": "# Review\n\n```kundenreview\n```\n" } });
		await obsidian.page.evaluate(() => window.harness.open("Tagesnotizen/Vorlage Review.md", "preview"));
		const review = obsidian.page.locator(".mod-root .kundendossier-review");
		const heading = review.locator("h2", { hasText: "Verkaufsziele" });
		await heading.waitFor();
		await expect(heading.textContent()).resolves.toBe("Verkaufsziele (8)");
		const lines = await heading.evaluate((h) => {
			let list = h.nextElementSibling;
			while (list && list.tagName !== "UL") list = list.nextElementSibling;
			return [...(list?.querySelectorAll(":scope > li") ?? [])].map((li) => li.textContent);
		});
		expect(lines).toHaveLength(8);
		expect(lines[0]).toBe("Kunden: 11 von 14 (78 %) · hinter Plan (erwartet 11,4) · noch 312 Tage");
		expect(lines[2]).toBe("Neukunden: 0 von 3 (0 %) · hinter Plan (erwartet 0,4) · noch 312 Tage");
	});

	it("the inserted daily review carries the goal lines too", async () => {
		const obsidian = await startObsidian();
		await expect(obsidian.page.evaluate(() => window.harness.command("insert-daily-review"))).resolves.toBe(true);
		await obsidian.page.locator('.workspace-leaf-content[data-type="markdown"] .view-header-title', { hasText: "2026-11-23" }).waitFor();
		const text = (await obsidian.page.evaluate(() => window.harness.read("Tagesnotizen/2026-11-23.md"))) ?? "";
		expect(text).toContain("## Verkaufsziele (8)\n\n- Kunden: 11 von 14 (78 %) · hinter Plan (erwartet 11,4) · noch 312 Tage\n");
	});
});
