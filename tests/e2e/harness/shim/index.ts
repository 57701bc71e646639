/**
 * The harness page's script: provides `require("obsidian")`, builds an Obsidian-like window over an
 * in-memory vault, then loads the built main.js unchanged and calls its onload, as Obsidian does.
 */
import { installDom } from "./dom";
import { App, type DailyNotesOptions } from "./app";
import { obsidianModule } from "./obsidian-module";
import type { Plugin, PluginManifest } from "./plugin";

export interface BootOptions {
	theme: "light" | "dark";
	/** Obsidian's UI language (localStorage "language"). */
	language: string;
	/** Extra or replaced notes, as text. */
	files?: Record<string, string>;
	/** The core Daily notes plugin's options, or null when it is off. */
	dailyNotes?: DailyNotesOptions | null;
	/** The plugin's data.json. */
	data?: unknown;
}

/** Vault bytes as the server sends them (base64), decoded like Obsidian reads files: UTF-8, BOM dropped. */
function decode(files: Record<string, string>): Record<string, string> {
	const decoder = new TextDecoder("utf-8");
	return Object.fromEntries(Object.entries(files).map(([path, b64]) => [path, decoder.decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))]));
}

function buildWindow(theme: "light" | "dark"): { left: HTMLElement; root: HTMLElement; right: HTMLElement } {
	document.body.addClass(`theme-${theme}`, "mod-linux", "is-frameless");
	const app = document.body.createDiv({ cls: "app-container" });
	const workspace = app.createDiv({ cls: "horizontal-main-container" }).createDiv({ cls: "workspace" });
	workspace.createDiv({ cls: "workspace-ribbon side-dock-ribbon mod-left" }).createDiv({ cls: "side-dock-actions" });
	const left = workspace.createDiv({ cls: "workspace-split mod-horizontal mod-sidedock mod-left-split" });
	const root = workspace.createDiv({ cls: "workspace-split mod-vertical mod-root" });
	const right = workspace.createDiv({ cls: "workspace-split mod-horizontal mod-sidedock mod-right-split" });
	app.createDiv({ cls: "status-bar" });
	return { left, root, right };
}

async function loadPlugin(app: App, manifest: PluginManifest): Promise<Plugin> {
	const code = await (await fetch("/main.js")).text();
	const module = { exports: {} as Record<string, unknown> };
	const require = (name: string) => {
		if (name === "obsidian") return obsidianModule;
		throw new Error(`Cannot find module '${name}'`);
	};
	// Obsidian evaluates a plugin the same way: its CommonJS source wrapped in a function, run as is.
	const factory = window.eval(`(function anonymous(require,module,exports){${code}\n})\n//# sourceURL=plugin:${manifest.id}`) as (
		r: typeof require,
		m: typeof module,
		e: unknown,
	) => void;
	factory(require, module, module.exports);
	const PluginClass = (module.exports.default ?? module.exports) as new (app: App, manifest: PluginManifest) => Plugin;
	const plugin = new PluginClass(app, manifest);
	plugin.load();
	await plugin.loading;
	return plugin;
}

let layoutReadyAt = Number.NaN;

async function boot(options: BootOptions): Promise<void> {
	installDom();
	window.localStorage.setItem("language", options.language);
	const vault = decode((await (await fetch("/vault.json")).json()) as Record<string, string>);
	const app = new App(
		{ ...vault, ...(options.files ?? {}) },
		options.dailyNotes === undefined ? { folder: "Tagesnotizen", format: "YYYY-MM-DD" } : options.dailyNotes,
	);
	(window as unknown as { app: App }).app = app;
	const { left, root, right } = buildWindow(options.theme);
	app.workspace.attach(left, root, right);
	await app.workspace.getLeftLeaf(false).setViewState({ type: "file-explorer" });
	app.workspace.setActiveLeaf(app.workspace.getLeaf(true)); // Obsidian starts with an empty tab
	if (options.data !== undefined) app.pluginData.set("kundendossier", JSON.stringify(options.data));
	const manifest = (await (await fetch("/manifest.json")).json()) as PluginManifest;
	await loadPlugin(app, manifest);
	// The bench measures the first index from here (Playwright's clock leaves performance.now() but no marks).
	layoutReadyAt = performance.now();
	app.workspace.finishLayout();
}

/** What tests and the screenshot script use, each as a user or Obsidian itself would act. */
const harness = {
	boot,
	/** performance.now() when the layout became ready, for the bench. */
	layoutReadyAt: () => layoutReadyAt,
	/** Runs a command as the command palette does; false when it does not apply here. */
	command: (id: string) => (window as unknown as { app: App }).app.commands.executeCommandById(`kundendossier:${id}`),
	/** Opens a note in the main area, as a click in the file explorer does. */
	open: async (path: string, mode: "source" | "preview" = "source") => {
		const app = (window as unknown as { app: App }).app;
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no note ${path}`);
		await app.workspace.getLeaf(false).openFile(file, { state: { mode } });
	},
	/** Shows the active note in reading view ("preview") or source mode, as the view-mode button does. */
	setMode: async (mode: "source" | "preview") => {
		const app = (window as unknown as { app: App }).app;
		await app.workspace.activeLeaf?.view.setState({ mode }, { history: false });
	},
	/** Moves a view into the right sidebar, as dragging its tab there does. */
	toRightSidebar: async (type: string) => {
		const app = (window as unknown as { app: App }).app;
		for (const leaf of app.workspace.getLeavesOfType(type)) leaf.detach();
		await app.workspace.getRightLeaf(false).setViewState({ type, active: true });
	},
	read: (path: string) => {
		const app = (window as unknown as { app: App }).app;
		const file = app.vault.getFileByPath(path);
		return file ? app.vault.text(file) : null;
	},
	writeBehindObsidiansBack: (path: string, text: string) => (window as unknown as { app: App }).app.vault.writeBehindObsidiansBack(path, text),
};

(window as unknown as { harness: typeof harness }).harness = harness;
export type Harness = typeof harness;
