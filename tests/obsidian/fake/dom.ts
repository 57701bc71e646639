/**
 * Obsidian's DOM helpers (createEl, createDiv, empty, setText, …) installed on the test DOM
 * (happy-dom), as Obsidian installs them on Electron's. Only what the plugin uses.
 */
interface DomInfo {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	href?: string;
	type?: string;
	value?: string;
	placeholder?: string;
}

function apply(el: HTMLElement, info?: DomInfo | string): void {
	if (info === undefined) return;
	if (typeof info === "string") {
		el.className = info;
		return;
	}
	if (info.cls) el.className = Array.isArray(info.cls) ? info.cls.join(" ") : info.cls;
	// textContent, never innerHTML: the real createEl sets text the same way.
	if (info.text !== undefined) el.textContent = info.text;
	for (const [k, v] of Object.entries(info.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
	for (const key of ["title", "href", "type", "value", "placeholder"] as const) if (info[key] !== undefined) el.setAttribute(key, String(info[key]));
}

export function installDomHelpers(win: Window & typeof globalThis): void {
	const proto = win.HTMLElement.prototype as unknown as Record<string, unknown>;
	const doc = win.document;
	function createEl(this: HTMLElement | undefined, tag: string, info?: DomInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
		const el = doc.createElement(tag);
		apply(el, info);
		if (this instanceof win.Node) this.appendChild(el);
		callback?.(el);
		return el;
	}
	const methods: Record<string, unknown> = {
		createEl,
		createDiv(this: HTMLElement, info?: DomInfo | string, cb?: (el: HTMLElement) => void) {
			return createEl.call(this, "div", info, cb);
		},
		createSpan(this: HTMLElement, info?: DomInfo | string, cb?: (el: HTMLElement) => void) {
			return createEl.call(this, "span", info, cb);
		},
		empty(this: HTMLElement) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		setText(this: HTMLElement, text: string) {
			this.textContent = text;
		},
		addClass(this: HTMLElement, ...cls: string[]) {
			this.classList.add(...cls);
		},
		removeClass(this: HTMLElement, ...cls: string[]) {
			this.classList.remove(...cls);
		},
		toggleClass(this: HTMLElement, cls: string, on: boolean) {
			this.classList.toggle(cls, on);
		},
		hasClass(this: HTMLElement, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: HTMLElement, name: string, value: string | number | boolean | null) {
			if (value === null) this.removeAttribute(name);
			else this.setAttribute(name, String(value));
		},
		detach(this: HTMLElement) {
			this.remove();
		},
	};
	for (const [name, fn] of Object.entries(methods)) proto[name] = fn;
	const g = globalThis as unknown as Record<string, unknown>;
	g.createEl = (tag: string, info?: DomInfo | string, cb?: (el: HTMLElement) => void) => createEl.call(undefined, tag, info, cb);
	g.createDiv = (info?: DomInfo | string) => createEl.call(undefined, "div", info);
	g.createSpan = (info?: DomInfo | string) => createEl.call(undefined, "span", info);
}

installDomHelpers(globalThis as unknown as Window & typeof globalThis);
