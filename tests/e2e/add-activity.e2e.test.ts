import { describe, expect, it } from "vitest";
import { obsidianPerTest } from "./support/browser";

const startObsidian = obsidianPerTest();

const KAISER = "Kunden/Brauerei Kaiser.md";

/** In the customer's note, "Aktivität hinzufügen" from the command palette, then typing into the field. */
async function addActivity(text: string) {
	const o = await startObsidian();
	await o.page.locator(`.nav-file-title[data-path="${KAISER}"]`).click();
	await expect(o.page.evaluate(() => window.harness.command("add-activity"))).resolves.toBe(true);
	const modal = o.page.locator(".modal-container .kundendossier-add-activity");
	await modal.locator("input[type=text]").pressSequentially(text);
	return { o, modal };
}

describe("add-activity modal", () => {
	it("shows the date a relative phrase resolves to and saves the line with it", async () => {
		const { o, modal } = await addActivity("übermorgen Herrn Kaiser anrufen");
		await expect(modal.locator("h3").textContent()).resolves.toMatch(/^Aktivität für .*Kaiser/);
		await expect(modal.locator(".kundendossier-resolved").textContent()).resolves.toBe("→ 25.11.2026");
		await expect(modal.locator(".kundendossier-verdict.mod-warning").count()).resolves.toBe(0);
		await modal.locator("input[type=text]").press("Enter");
		await expect(o.page.locator(".modal-container").count()).resolves.toBe(0);
		const added = async () =>
			((await o.page.evaluate((p) => window.harness.read(p), KAISER)) ?? "").split("\n").filter((l) => l.includes("Herrn Kaiser anrufen"));
		// The note is open: the line goes in through its editor (so undo takes it back), saved after Obsidian's delay.
		await expect.poll(added, { timeout: 5000 }).toEqual(["- [ ] übermorgen Herrn Kaiser anrufen 📅 2026-11-25"]);
	});

	it("warns that a pseudo-activity is vague, with the suggestion", async () => {
		const { modal } = await addActivity("Um Rückruf bitten");
		await expect(modal.locator(".kundendossier-verdict.mod-warning").textContent()).resolves.toMatch(/^Vage \(.+\): .+/);
		await expect(modal.locator(".kundendossier-resolved").textContent()).resolves.toBe("→ kein Datum erkannt");
	});
});
