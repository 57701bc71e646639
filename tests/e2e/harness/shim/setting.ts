import type { App } from "./app";

/**
 * Setting rows and their controls with Obsidian's DOM and event timing: text fields report every
 * keystroke ("input"), dropdowns report on "change", toggles on click.
 */
abstract class ValueComponent<T> {
	protected handler: ((value: T) => unknown) | null = null;
	disabled = false;
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(fn: (value: T) => unknown): this {
		this.handler = fn;
		return this;
	}
	protected changed(): void {
		void this.handler?.(this.getValue());
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;
	constructor(parent: HTMLElement, tag: "input" | "textarea" = "input") {
		super();
		this.inputEl = parent.createEl(
			tag,
			tag === "input" ? { type: "text", attr: { spellcheck: "false" } } : { attr: { spellcheck: "false" } },
		) as HTMLInputElement;
		this.inputEl.addEventListener("input", () => this.changed());
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.inputEl.disabled = this.disabled = disabled;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(parent: HTMLElement) {
		super();
		this.selectEl = parent.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => this.changed());
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, value });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.selectEl.disabled = this.disabled = disabled;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	constructor(parent: HTMLElement) {
		super();
		this.toggleEl = parent.createDiv({ cls: "checkbox-container" });
		this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", () => !this.disabled && (this.setValue(!this.on), this.changed()));
	}
	getValue(): boolean {
		return this.on;
	}
	setValue(on: boolean): this {
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.toggleEl.toggleClass("is-disabled", disabled);
		return this;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(parent: HTMLElement) {
		this.buttonEl = parent.createEl("button");
	}
	setButtonText(text: string): this {
		this.buttonEl.setText(text);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}
	onClick(fn: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => void fn(evt));
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: unknown[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl, "textarea"), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	private add<C>(component: C, cb: (c: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

export class PluginSettingTab {
	containerEl: HTMLElement = createDiv({ cls: "vertical-tab-content" });
	constructor(
		public app: App,
		public plugin: unknown,
	) {}
	display(): void {}
	hide(): void {
		this.containerEl.empty();
	}
}
