import { setIcon } from "./dom";

/** One entry of a Menu: title, icon, and what a click runs. */
export class MenuItem {
	title = "";
	icon: string | null = null;
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string): this {
		this.title = title;
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
}

/**
 * Obsidian's context menu with its DOM (`.menu > .menu-item > .menu-item-icon + .menu-item-title`),
 * placed at a point; a click on an item runs it and closes the menu, as do Escape and a click outside.
 */
export class Menu {
	private readonly entries: Array<MenuItem | "separator"> = [];
	private dom: HTMLElement | null = null;
	private hideCallbacks: Array<() => unknown> = [];
	private readonly onKey = (e: KeyboardEvent) => e.key === "Escape" && this.hide();
	private readonly onOutside = (e: MouseEvent) => this.dom && !this.dom.contains(e.target as Node) && this.hide();

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.entries.push(item);
		return this;
	}
	addSeparator(): this {
		this.entries.push("separator");
		return this;
	}
	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(): this {
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}
	showAtPosition(position: { x: number; y: number }): this {
		this.hide();
		const dom = document.body.createDiv({ cls: "menu", attr: { role: "menu" } });
		dom.style.position = "fixed";
		dom.style.left = `${position.x}px`;
		dom.style.top = `${position.y}px`;
		for (const entry of this.entries) {
			if (entry === "separator") {
				dom.createDiv({ cls: "menu-separator" });
				continue;
			}
			const el = dom.createDiv({ cls: "menu-item", attr: { role: "menuitem", tabindex: 0 } });
			setIcon(el.createDiv({ cls: "menu-item-icon" }), entry.icon ?? "");
			el.createDiv({ cls: "menu-item-title", text: entry.title });
			el.addEventListener("click", (e) => {
				this.hide();
				void entry.callback?.(e);
			});
		}
		this.dom = dom;
		document.addEventListener("keydown", this.onKey);
		// After the click that opened it has finished bubbling.
		window.setTimeout(() => document.addEventListener("mousedown", this.onOutside), 0);
		return this;
	}
	hide(): this {
		if (!this.dom) return this;
		this.dom.remove();
		this.dom = null;
		document.removeEventListener("keydown", this.onKey);
		document.removeEventListener("mousedown", this.onOutside);
		for (const cb of this.hideCallbacks) void cb();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
}
