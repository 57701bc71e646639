import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS } from "../tests/e2e/support/chromium";
import { ORIGIN, serve, vaultJson } from "../tests/e2e/support/serve";
import { percentile } from "./measure";

/** The bench vault's day, in the morning: the plugin reads "today" from the page's clock. */
const NOW = new Date("2026-11-23T08:30:00Z");

/**
 * A cold page: a fresh Chromium with a fresh profile, the harness page (tests/e2e/harness) serving the
 * vault at `dir`, the built main.js loaded unchanged. `measure` runs in the page once the plugin is loaded.
 */
async function inColdPage<T>(dir: string, measure: (page: Page) => Promise<T>): Promise<T> {
	const profile = mkdtempSync(join(tmpdir(), "kundendossier-bench-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		args: CHROMIUM_FLAGS,
		headless: true,
		viewport: { width: 1280, height: 800 },
		locale: "de-DE",
		timezoneId: "UTC",
	});
	try {
		await context.clock.setFixedTime(NOW);
		const vault = vaultJson(dir);
		await context.route("**/*", (route) =>
			new URL(route.request().url()).pathname === "/vault.json" ? route.fulfill({ body: vault, contentType: "application/json" }) : serve(route),
		);
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${ORIGIN}/`);
		return await measure(page);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

interface BenchWindow {
	harness: { boot(options: object): Promise<void>; command(id: string): boolean; layoutReadyAt(): number };
	app: { vault: { getMarkdownFiles(): object[]; cachedRead(file: object): Promise<string> } };
	indexed: Promise<number>;
}

/** In the page, before boot: `indexed` resolves with performance.now() when the status bar first shows the index's counts. */
const WATCH_STATUS = () => {
	(window as unknown as BenchWindow).indexed = new Promise<number>((resolve) => {
		const observer = new MutationObserver(() => {
			const item = document.querySelector(".status-bar-item.plugin-kundendossier");
			if (item && /\d+ (Kunden|customers)/.test(item.textContent ?? "")) {
				observer.disconnect();
				resolve(performance.now());
			}
		});
		observer.observe(document.body, { subtree: true, childList: true, characterData: true });
	});
};

const boot = async (page: Page) => {
	await page.evaluate(WATCH_STATUS);
	await page.evaluate(() => (window as unknown as BenchWindow).harness.boot({ theme: "light", language: "de" }));
};

export interface FirstIndex {
	indexMs: number;
	l0Ms: number;
	ratio: number;
}

/** `rounds` measurements, each in a new browser with the plugin booted. */
async function coldRounds<T>(dir: string, rounds: number, measure: (page: Page) => Promise<T>): Promise<T[]> {
	const samples: T[] = [];
	for (let i = 0; i < rounds; i++)
		samples.push(
			await inColdPage(dir, async (page) => {
				await boot(page);
				return measure(page);
			}),
		);
	return samples;
}

/**
 * The plugin's first index after layout-ready, in a cold page: from Obsidian's layout-ready (the harness
 * notes it) until the status bar shows the counts. Its L0 is the same page reading every note through
 * the vault (`cachedRead`) and splitting it into lines, right after. Medians over rounds, each in a new browser.
 */
export async function firstIndexInBrowser(dir: string, rounds = 3): Promise<FirstIndex> {
	const samples = await coldRounds(dir, rounds, (page) =>
		page.evaluate(async () => {
			const w = window as unknown as BenchWindow;
			const index = (await w.indexed) - w.harness.layoutReadyAt();
			const start = performance.now();
			for (const file of w.app.vault.getMarkdownFiles()) (await w.app.vault.cachedRead(file)).split(/\r?\n/);
			return { index, l0: performance.now() - start };
		}),
	);
	const median = (values: number[]) => percentile(values, 50);
	return { indexMs: median(samples.map((s) => s.index)), l0Ms: median(samples.map((s) => s.l0)), ratio: median(samples.map((s) => s.index / s.l0)) };
}

/**
 * The task view's first paint: from the command that opens it until its rows are laid out in the next
 * frame (the frame's callback forces style and layout, which the paint would do next). In a cold page
 * once the first index is painted, so the view's code runs for the first time. Median over rounds.
 */
export async function taskViewFirstPaint(dir: string, rounds = 3): Promise<number> {
	const samples = await coldRounds(dir, rounds, (page) =>
		page.evaluate(async () => {
			const w = window as unknown as BenchWindow;
			await w.indexed;
			// The page has painted what the index changed (status bar, explorer tags): the view's frame is its own.
			await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
			return new Promise<number>((resolve) => {
				const start = performance.now();
				const shown = () => document.querySelector(".kundendossier-tasks .kundendossier-task") !== null;
				const once = () => {
					if (!shown()) return;
					observer.disconnect();
					requestAnimationFrame(() => {
						void document.body.offsetHeight;
						resolve(performance.now() - start);
					});
				};
				const observer = new MutationObserver(once);
				observer.observe(document.body, { subtree: true, childList: true });
				w.harness.command("open-task-view");
				once();
			});
		}),
	);
	return percentile(samples, 50);
}
