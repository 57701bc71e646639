import { describe, expect, it } from "vitest";
import { REVIEW_END, REVIEW_START } from "../../src/core/markdown/generated-section";
import { obsidianPerTest } from "./support/browser";

const startObsidian = obsidianPerTest();

const DAILY = "Tagesnotizen/2026-11-23.md";
const count = (text: string, part: string) => text.split(part).length - 1;

describe("daily review", () => {
	it("inserted twice into today's daily note gives one section, and the second run changes nothing", async () => {
		const obsidian = await startObsidian();
		const page = obsidian.page;
		const original = (await page.evaluate((p) => window.harness.read(p), DAILY)) ?? "";
		await expect(page.evaluate(() => window.harness.command("insert-daily-review"))).resolves.toBe(true);
		await page.locator('.workspace-leaf-content[data-type="markdown"] .view-header-title', { hasText: "2026-11-23" }).waitFor();
		const once = (await page.evaluate((p) => window.harness.read(p), DAILY)) ?? "";
		await page.evaluate(() => window.harness.command("insert-daily-review"));
		await page.waitForTimeout(300);
		const twice = (await page.evaluate((p) => window.harness.read(p), DAILY)) ?? "";
		expect(once.startsWith(original)).toBe(true);
		expect([count(twice, REVIEW_START), count(twice, REVIEW_END)]).toEqual([1, 1]);
		expect(twice).toBe(once);
	});
});
