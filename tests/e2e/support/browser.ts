import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterEach, expect } from "vitest";
import type { BootOptions, Harness } from "../harness/shim/index";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium";
import { ORIGIN, serve } from "./serve";

declare global {
	interface Window {
		harness: Harness;
	}
}
/** The example vault's reference day: Monday, 2026-11-23, in the morning. */
export const NOW = new Date("2026-11-23T08:30:00Z");

export interface Obsidian {
	page: Page;
	/** Uncaught errors, console errors and dialogs (alert!) seen by the page. */
	problems: string[];
	close(): Promise<void>;
}

/** Resolves after the page's next frame has been painted: the task view builds rows past its first screen then. */
export async function afterPaint(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

type StartOptions = Partial<BootOptions> & { width?: number; height?: number };

/**
 * One Obsidian per test: the returned function starts it; after the test the page must have seen no
 * error or dialog, and the browser is closed either way.
 */
export function obsidianPerTest(): (options?: StartOptions) => Promise<Obsidian> {
	let current: Obsidian | null = null;
	afterEach(async () => {
		const started = current;
		current = null;
		try {
			expect(started?.problems ?? []).toEqual([]);
		} finally {
			await started?.close();
		}
	});
	return async (options) => (current = await startObsidian(options));
}

/**
 * Starts Chromium with a fresh profile, opens the harness page, boots the plugin (main.js, unchanged)
 * and waits until its first index is published in the status bar.
 */
export async function startObsidian(options: StartOptions = {}): Promise<Obsidian> {
	const profile = mkdtempSync(join(tmpdir(), "kundendossier-e2e-"));
	const context: BrowserContext = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		args: CHROMIUM_FLAGS,
		headless: true,
		viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
		deviceScaleFactor: 1,
		locale: "de-DE",
		timezoneId: "UTC",
	});
	await context.clock.setFixedTime(NOW);
	await context.route("**/*", serve);
	const page = context.pages()[0] ?? (await context.newPage());
	const problems: string[] = [];
	page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
	page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
	page.on("dialog", (dialog) => (problems.push(`dialog: ${dialog.message()}`), void dialog.dismiss()));
	await page.goto(`${ORIGIN}/`);
	const boot: BootOptions = { theme: options.theme ?? "light", language: options.language ?? "de", ...options };
	await page.evaluate((o) => window.harness.boot(o), boot);
	await page.locator(".status-bar-item.plugin-kundendossier", { hasText: /\d+ (Kunden|customers)/ }).waitFor();
	return {
		page,
		problems,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
