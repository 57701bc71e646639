import "./dom";
import { Component } from "./events";

/** Test control: the menu shown last, and where (a mouse event's point or a position). */
export let lastMenu: Menu | null = null;

class MenuItem {
	title = "";
	icon: string | null = null;
	callback: (() => unknown) | null = null;
	setTitle(title: string): this {
		this.title = title;
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	onClick(callback: () => unknown): this {
		this.callback = callback;
		return this;
	}
}

/** Obsidian's menu reduced to a list: shown as `.menu > .menu-item` in the body; clicking an item runs it and hides the menu. */
export class Menu extends Component {
	items: MenuItem[] = [];
	dom: HTMLElement | null = null;
	shownAt: { x: number; y: number } | null = null;
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}
	showAtPosition(position: { x: number; y: number }): this {
		lastMenu = this;
		this.shownAt = position;
		this.dom = document.body.createDiv({ cls: "menu" });
		for (const item of this.items) {
			const el = this.dom.createDiv({ cls: "menu-item", attr: { "data-icon": item.icon ?? "" } });
			el.createDiv({ cls: "menu-item-title", text: item.title });
			el.addEventListener("click", () => {
				this.hide();
				void item.callback?.();
			});
		}
		return this;
	}
	hide(): this {
		this.dom?.remove();
		this.dom = null;
		return this;
	}
	close(): void {
		this.hide();
	}
	/** Test control: the titles, and running one by its title. */
	titles(): string[] {
		return this.items.map((i) => i.title);
	}
	click(title: string): void {
		const el = [...(this.dom?.querySelectorAll<HTMLElement>(".menu-item") ?? [])].find((e) => e.textContent === title);
		if (!el) throw new Error(`no menu item "${title}" in ${JSON.stringify(this.titles())}`);
		el.click();
	}
}
