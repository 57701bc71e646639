/**
 * The runtime part of the `obsidian` module that the plugin uses, for tests (vitest aliases
 * "obsidian" here). Types come from the real obsidian.d.ts. Differences from Obsidian: no rendering
 * of Markdown, a synchronous metadata cache, and Setting controls reduced to plain inputs.
 */
import { load } from "js-yaml";
import "./dom";
import { Component, Events } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import type { FakeApp, FakeLeaf } from "./app";

export { Component, Events, TAbstractFile, TFile, TFolder };
export { lastMenu, Menu } from "./menu";

let language = "de";
/** Stands in for Obsidian's parser with js-yaml's default schema, which reads unquoted dates as Date objects: the plugin must cope. */
export function parseYaml(text: string): unknown {
	return load(text);
}

export function getLanguage(): string {
	return language;
}
/** Test control: Obsidian's UI language. */
export function setLanguage(lang: string): void {
	language = lang;
}

export function debounce<T extends unknown[]>(fn: (...args: T) => unknown, wait = 0) {
	let timer: ReturnType<typeof setTimeout> | null = null;
	const debounced = (...args: T) => {
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => ((timer = null), fn(...args)), wait);
		return debounced;
	};
	debounced.cancel = () => (timer && clearTimeout(timer), debounced);
	debounced.run = () => undefined;
	return debounced;
}

export const notices: string[] = [];
export class Notice {
	constructor(message: string) {
		notices.push(message);
	}
}

export function setIcon(el: HTMLElement, icon: string): void {
	el.setAttribute("data-icon", icon);
}

export class Plugin extends Component {
	commands: Array<{ id: string; name: string }> = [];
	views = new Map<string, (leaf: FakeLeaf) => unknown>();
	codeBlocks = new Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>();
	settingTabs: PluginSettingTab[] = [];
	statusBarItems: HTMLElement[] = [];
	ribbonIcons: Array<{ icon: string; title: string }> = [];
	data: unknown = null;

	constructor(
		public app: FakeApp,
		public manifest: { id: string; version: string },
	) {
		super();
	}
	addCommand<C extends { id: string; name: string }>(command: C): C {
		this.commands.push(command);
		return command;
	}
	addRibbonIcon(icon: string, title: string): HTMLElement {
		this.ribbonIcons.push({ icon, title });
		return createDiv();
	}
	addStatusBarItem(): HTMLElement {
		const el = createDiv();
		this.statusBarItems.push(el);
		return el;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	registerView(type: string, factory: (leaf: FakeLeaf) => unknown): void {
		this.views.set(type, factory);
		this.app.workspace.viewFactories.set(type, factory as (leaf: FakeLeaf) => FakeLeaf["view"]);
		this.register(() => this.app.workspace.viewFactories.delete(type));
	}
	registerMarkdownCodeBlockProcessor(language: string, fn: (source: string, el: HTMLElement, ctx: unknown) => void): void {
		this.codeBlocks.set(language, fn);
	}
	async loadData(): Promise<unknown> {
		return this.data;
	}
	async saveData(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data));
	}
}

export class PluginSettingTab {
	containerEl = createDiv();
	constructor(
		public app: FakeApp,
		public plugin: Plugin,
	) {}
	display(): void {}
}

/** A Setting row with plain inputs; `onChange` handlers run when a test sets a value. */
export class Setting {
	settingEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	constructor(container: HTMLElement) {
		this.settingEl = container.createDiv({ cls: "setting-item" });
		this.nameEl = this.settingEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.settingEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string): this {
		this.descEl.setText(desc);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	private control(tag: "input" | "textarea" | "select", cb: (c: Control) => unknown): this {
		cb(new Control(this.controlEl.createEl(tag) as HTMLInputElement));
		return this;
	}
	addText(cb: (c: Control) => unknown): this {
		return this.control("input", cb);
	}
	addTextArea(cb: (c: Control) => unknown): this {
		return this.control("textarea", cb);
	}
	addDropdown(cb: (c: Control) => unknown): this {
		return this.control("select", cb);
	}
	addButton(cb: (b: Button) => unknown): this {
		cb(new Button(this.controlEl.createEl("button")));
		return this;
	}
	addToggle(cb: (c: Control) => unknown): this {
		const el = this.controlEl.createEl("input", { attr: { type: "checkbox" } });
		cb(new Control(el, true));
		return this;
	}
}

class Button {
	constructor(readonly buttonEl: HTMLButtonElement) {}
	setButtonText(text: string): this {
		this.buttonEl.setText(text);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	onClick(fn: () => unknown): this {
		this.buttonEl.addEventListener("click", () => void fn());
		return this;
	}
}

class Control {
	private handler: ((value: never) => unknown) | null = null;
	constructor(
		readonly inputEl: HTMLInputElement,
		private readonly toggle = false,
	) {
		inputEl.addEventListener("change", () => void this.handler?.((this.toggle ? inputEl.checked : inputEl.value) as never));
	}
	get selectEl(): HTMLSelectElement {
		return this.inputEl as unknown as HTMLSelectElement;
	}
	setValue(value: string | boolean): this {
		if (this.toggle) this.inputEl.checked = Boolean(value);
		else this.inputEl.value = String(value);
		return this;
	}
	getValue(): string | boolean {
		return this.toggle ? this.inputEl.checked : this.inputEl.value;
	}
	setPlaceholder(p: string): this {
		this.inputEl.setAttribute("placeholder", p);
		return this;
	}
	setDisabled(d: boolean): this {
		this.inputEl.disabled = d;
		return this;
	}
	addOption(value: string, label: string): this {
		this.inputEl.createEl("option", { text: label, attr: { value } });
		return this;
	}
	onChange(fn: (value: never) => unknown): this {
		this.handler = fn;
		return this;
	}
}

export class ItemView extends Component {
	app: FakeApp;
	containerEl = createDiv();
	contentEl: HTMLElement;
	constructor(public leaf: FakeLeaf) {
		super();
		this.app = leaf.app;
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
	getIcon(): string {
		return "";
	}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: unknown): Promise<void> {}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

export class MarkdownView extends Component {}

/** Test control: the modal opened last, to fill in and submit. */
export let lastModal: Modal | null = null;

export class Modal extends Component {
	contentEl = createDiv();
	constructor(public app: FakeApp) {
		super();
	}
	open(): void {
		lastModal = this;
		this.onOpen();
	}
	close(): void {
		this.onClose();
	}
	onOpen(): void {}
	onClose(): void {}
}

export const Platform = { isDesktop: true, isMobile: false };

export function normalizePath(path: string): string {
	return path
		.replace(/\\/g, "/")
		.replace(/\/+/g, "/")
		.replace(/^\/|\/$/g, "");
}

/** Markdown is not rendered here: the source goes in as text, which is what the tests read. */
export const MarkdownRenderer = {
	async render(_app: unknown, markdown: string, el: HTMLElement): Promise<void> {
		el.createDiv({ cls: "markdown-rendered", text: markdown });
	},
};

export abstract class FuzzySuggestModal<T> extends Modal {
	placeholder = "";
	setPlaceholder(text: string): void {
		this.placeholder = text;
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T): void;
}
