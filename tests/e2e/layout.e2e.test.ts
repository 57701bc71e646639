import { describe, expect, it } from "vitest";
import { afterPaint, obsidianPerTest, type Obsidian } from "./support/browser";

const startObsidian = obsidianPerTest();

/** How far the right sidebar's content reaches past its 300 px (0 when nothing overflows sideways). */
const overflow = (o: Obsidian) =>
	o.page.locator(".mod-right-split .workspace-leaf:not(.is-hidden) .view-content").evaluate((el) => el.scrollWidth - el.clientWidth);

describe("layout in the real browser", () => {
	it("fits the dossier card and the task view into a 300 px sidebar", async () => {
		const obsidian = await startObsidian();
		await obsidian.page.locator('.nav-file-title[data-path="Kunden/Müller Maschinenbau.md"]').click();
		await obsidian.page.locator('.side-dock-ribbon-action[aria-label="Dossier-Ansicht öffnen"]').click();
		await obsidian.page.locator(".mod-right-split .kundendossier-card").waitFor();
		await expect(obsidian.page.locator(".mod-right-split").evaluate((el) => el.getBoundingClientRect().width)).resolves.toBe(300);
		await expect(overflow(obsidian)).resolves.toBe(0);
		await obsidian.page.evaluate(() => window.harness.toRightSidebar("kundendossier-tasks"));
		await obsidian.page.locator(".mod-right-split .kundendossier-task").first().waitFor();
		await afterPaint(obsidian.page);
		await expect(overflow(obsidian)).resolves.toBe(0);
	});

	it("colours the add-activity verdict: warning when vague", async () => {
		const obsidian = await startObsidian({ theme: "dark" });
		await obsidian.page.locator('.nav-file-title[data-path="Kunden/Brauerei Kaiser.md"]').click();
		await obsidian.page.evaluate(() => window.harness.command("add-activity"));
		await obsidian.page.locator(".kundendossier-add-activity input[type=text]").pressSequentially("Um Rückruf bitten");
		const verdict = obsidian.page.locator(".kundendossier-verdict.mod-warning");
		const [color, warning] = await verdict.evaluate((el) => {
			const probe = el.createSpan({ attr: { style: "color: var(--text-warning)" } });
			return [getComputedStyle(el).color, getComputedStyle(probe).color];
		});
		expect(color).toBe(warning);
	});
});
