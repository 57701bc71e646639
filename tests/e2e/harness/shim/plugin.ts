import { setIcon } from "./dom";
import { Component } from "./events";
import type { App, Command } from "./app";
import type { PluginSettingTab } from "./setting";
import type { View } from "./views";
import type { WorkspaceLeaf } from "./workspace";

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion?: string;
}

/** Plugin: what it registers lands in the page (ribbon, status bar, views, commands) and goes on unload. */
export class Plugin extends Component {
	settingTabs: PluginSettingTab[] = [];
	constructor(
		public app: App,
		public manifest: PluginManifest,
	) {
		super();
	}
	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.add(full);
		this.register(() => this.app.commands.remove(full.id));
		return full;
	}
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const ribbon = document.querySelector(".side-dock-actions") as HTMLElement;
		const el = ribbon.createDiv({ cls: "clickable-icon side-dock-ribbon-action", attr: { "aria-label": title, "data-tooltip-position": "right" } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => void callback(evt));
		this.register(() => el.remove());
		return el;
	}
	addStatusBarItem(): HTMLElement {
		const el = (document.querySelector(".status-bar") as HTMLElement).createDiv({ cls: `status-bar-item plugin-${this.manifest.id}` });
		this.register(() => el.remove());
		return el;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		this.app.workspace.viewFactories.set(type, factory);
		this.register(() => {
			for (const leaf of this.app.workspace.getLeavesOfType(type)) leaf.detach();
			this.app.workspace.viewFactories.delete(type);
		});
	}
	registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: unknown) => unknown): void {
		this.app.codeBlockProcessors.set(language, handler);
		this.register(() => this.app.codeBlockProcessors.delete(language));
	}
	async loadData(): Promise<unknown> {
		const text = this.app.pluginData.get(this.manifest.id);
		return text === undefined ? null : JSON.parse(text);
	}
	async saveData(data: unknown): Promise<void> {
		this.app.pluginData.set(this.manifest.id, JSON.stringify(data, null, 2));
	}
}
