import type { App } from "obsidian";
import { afterEach } from "vitest";
import type { IndexResult } from "../../src/core/index/index-result";
import KundendossierPlugin from "../../src/obsidian/main";
import { FakeApp } from "./fake/app";
import type { Plugin as FakePlugin } from "./fake/obsidian";

export type LoadedPlugin = KundendossierPlugin & FakePlugin;

/** The day the example vault and the fixture vault are written for: Monday, 2026-11-23. */
export const TODAY = "2026-11-23";

const loaded = new Set<LoadedPlugin>();

// A plugin left loaded keeps its debounce timers; one firing after the test environment is torn down fails the run.
afterEach(() => {
	for (const plugin of loaded) plugin.unload();
	loaded.clear();
});

/**
 * Loads the real plugin over an in-memory vault, the way Obsidian does: onload, then layout ready.
 * The plugin's clock says `today`; the machine's clock is pinned far away (tests/setup/pin-clock.ts).
 */
export async function loadPlugin(
	files: Record<string, string>,
	data: unknown = null,
	today = TODAY,
	setup?: (app: FakeApp) => void,
): Promise<{ app: FakeApp; plugin: LoadedPlugin; index: () => IndexResult }> {
	const app = new FakeApp(files);
	setup?.(app);
	const plugin = new KundendossierPlugin(app as unknown as App, { id: "kundendossier", version: "0.1.0" } as never) as LoadedPlugin;
	plugin.data = data;
	plugin.clock = () => today;
	loaded.add(plugin);
	await plugin.onload();
	const updated = nextUpdate(plugin);
	app.workspace.layoutReady();
	await updated;
	return { app, plugin, index: () => context(plugin).index.current };
}

export function context(plugin: KundendossierPlugin) {
	return (plugin as unknown as { context: import("../../src/obsidian/plugin-context").PluginContext }).context;
}

/** Resolves with the next index the plugin publishes. */
export function nextUpdate(plugin: KundendossierPlugin): Promise<IndexResult> {
	return new Promise((resolve) => {
		const check = () => {
			const ctx = (plugin as unknown as { context?: import("../../src/obsidian/plugin-context").PluginContext }).context;
			if (!ctx) return void setTimeout(check, 1);
			const ref = ctx.index.on("updated", (result) => {
				ctx.index.offref(ref);
				resolve(result);
			});
		};
		check();
	});
}
