import { mkdirSync } from "node:fs";
import { afterEach, describe, it } from "vitest";
import { startObsidian, type Obsidian } from "./support/browser";

/**
 * `npm run screenshots`: the pictures in docs/screenshots (README), taken from the real main.js in the
 * harness, light and dark, at 1280 × 800 with a 300 px right sidebar. Inter and Noto Color Emoji make
 * them look as on most desktops (Debian: fonts-inter, fonts-noto-color-emoji).
 */
const OUT = "docs/screenshots";
const MUELLER = "Kunden/Müller Maschinenbau.md";
const KAISER = "Kunden/Brauerei Kaiser.md";
mkdirSync(OUT, { recursive: true });

let obsidian: Obsidian | null = null;
afterEach(async () => {
	await obsidian?.close();
	obsidian = null;
});

describe.each(["light", "dark"] as const)("%s", (theme) => {
	it("dossier card: in the note (full width) and in the right sidebar (300 px)", async () => {
		obsidian = await startObsidian({ theme });
		const { page } = obsidian;
		await page.locator(`.nav-file-title[data-path="${MUELLER}"]`).click();
		await page.evaluate(() => window.harness.command("insert-dossier-block"));
		await page.waitForTimeout(2300); // the editor saves two seconds after the edit
		await page.evaluate(() => window.harness.setMode("preview"));
		await page.locator('.side-dock-ribbon-action[aria-label="Dossier-Ansicht öffnen"]').click();
		await page.locator(".mod-right-split .kundendossier-card").waitFor();
		await page.screenshot({ path: `${OUT}/dossier-${theme}.png` });
	});

	it("task view: full width, and in the right sidebar (300 px)", async () => {
		obsidian = await startObsidian({ theme });
		const { page } = obsidian;
		await page.evaluate(() => document.body.classList.add("hide-right"));
		await page.locator('.side-dock-ribbon-action[aria-label="Aufgabenansicht öffnen"]').click();
		await page.locator(".mod-root .kundendossier-task").first().waitFor();
		await page.screenshot({ path: `${OUT}/tasks-${theme}.png` });
		await page.evaluate(() => document.body.classList.remove("hide-right"));
		await page.evaluate(() => window.harness.toRightSidebar("kundendossier-tasks"));
		await page.locator(".mod-right-split .kundendossier-task").first().waitFor();
		await page.locator(".mod-right-split").screenshot({ path: `${OUT}/tasks-sidebar-${theme}.png` });
	});

	it("customer overview: the kundenuebersicht block in a note, and the dossier view without a customer note (300 px)", async () => {
		obsidian = await startObsidian({ theme });
		const { page } = obsidian;
		await page.locator('.nav-file-title[data-path="Notizen/Kundenübersicht.md"]').click();
		await page.evaluate(() => window.harness.setMode("preview"));
		await page.locator('.side-dock-ribbon-action[aria-label="Dossier-Ansicht öffnen"]').click();
		await page.locator(".mod-right-split .kundendossier-overview-pareto").waitFor();
		await page.locator(".mod-root .kundendossier-overview-pareto").scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${OUT}/overview-${theme}.png` });
	});

	it("sales goals: the kundenziele block in the goals note, the task view in the right sidebar (300 px)", async () => {
		obsidian = await startObsidian({ theme });
		const { page } = obsidian;
		await page.locator('.nav-file-title[data-path="Notizen/Vertriebsziele 2027.md"]').click();
		await page.evaluate(() => window.harness.setMode("preview"));
		await page.evaluate(() => window.harness.toRightSidebar("kundendossier-tasks"));
		await page.locator(".mod-root .kundendossier-goal").first().waitFor();
		await page.locator(".mod-right-split .kundendossier-task").first().waitFor();
		// The whole block in view, below the note's intro.
		await page
			.locator(".mod-root .markdown-preview-view p")
			.first()
			.evaluate((el) => el.scrollIntoView({ block: "start" }));
		await page.screenshot({ path: `${OUT}/goals-${theme}.png` });
	});

	it("add-activity modal: a resolved date (light), a vague activity (dark)", async () => {
		obsidian = await startObsidian({ theme });
		const { page } = obsidian;
		await page.locator(`.nav-file-title[data-path="${KAISER}"]`).click();
		await page.evaluate(() => window.harness.command("add-activity"));
		await page
			.locator(".kundendossier-add-activity input[type=text]")
			.pressSequentially(theme === "light" ? "übermorgen Herrn Kaiser anrufen" : "Um Rückruf bitten");
		const box = await page.locator(".modal").boundingBox();
		if (!box) throw new Error("no modal");
		const margin = 24;
		await page.screenshot({
			path: `${OUT}/add-activity-${theme}.png`,
			clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
		});
	});
});
