/**
 * Obsidian's DOM extensions (createEl, createDiv, setText, addClass, …) as documented in obsidian.d.ts,
 * installed on the real browser's prototypes the way Obsidian installs them in its window.
 */
export interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function classes(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter(Boolean);
}

function setText(el: Element, text: string | DocumentFragment): void {
	// textContent (or a fragment's nodes), never HTML: as in Obsidian.
	if (typeof text === "string") el.textContent = text;
	else {
		el.textContent = "";
		el.appendChild(text);
	}
}

function createEl(this: Node | undefined, tag: string, info?: DomElementInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
	const o: DomElementInfo = typeof info === "string" ? { cls: info } : (info ?? {});
	const el = document.createElement(tag);
	if (o.cls) el.classList.add(...classes(o.cls));
	if (o.text !== undefined) setText(el, o.text);
	// As Element.setAttr: null leaves the attribute out, anything else is written as a string ("true", "false").
	for (const [k, v] of Object.entries(o.attr ?? {})) if (v !== null) el.setAttribute(k, String(v));
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
	const parent = o.parent ?? (this instanceof Node ? this : undefined);
	if (parent) {
		if (o.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}
	callback?.(el);
	return el;
}

const nodeMethods = {
	createEl,
	createDiv(this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return createEl.call(this, "div", info, cb);
	},
	createSpan(this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return createEl.call(this, "span", info, cb);
	},
	empty(this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	},
	detach(this: Node) {
		this.parentNode?.removeChild(this);
	},
	appendText(this: Node, text: string) {
		this.appendChild(document.createTextNode(text));
	},
	instanceOf(this: Node, type: new () => unknown) {
		return this instanceof type;
	},
};

const elementMethods = {
	getText(this: Element) {
		return this.textContent ?? "";
	},
	setText(this: Element, text: string | DocumentFragment) {
		setText(this, text);
	},
	addClass(this: Element, ...cls: string[]) {
		this.classList.add(...cls.flatMap(classes));
	},
	addClasses(this: Element, cls: string[]) {
		this.classList.add(...cls);
	},
	removeClass(this: Element, ...cls: string[]) {
		this.classList.remove(...cls.flatMap(classes));
	},
	toggleClass(this: Element, cls: string | string[], value: boolean) {
		for (const c of classes(cls)) this.classList.toggle(c, value);
	},
	hasClass(this: Element, cls: string) {
		return this.classList.contains(cls);
	},
	setAttr(this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	},
	setAttrs(this: Element, attrs: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(attrs)) elementMethods.setAttr.call(this, k, v);
	},
	getAttr(this: Element, name: string) {
		return this.getAttribute(name);
	},
};

const htmlElementMethods = {
	show(this: HTMLElement) {
		this.style.removeProperty("display");
	},
	hide(this: HTMLElement) {
		this.style.display = "none";
	},
	toggle(this: HTMLElement, show: boolean) {
		if (show) this.style.removeProperty("display");
		else this.style.display = "none";
	},
	isShown(this: HTMLElement) {
		return this.style.display !== "none" && this.isConnected;
	},
	setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	},
	setCssProps(this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	},
	find(this: HTMLElement, selector: string) {
		return this.querySelector(selector);
	},
	findAll(this: HTMLElement, selector: string) {
		return [...this.querySelectorAll(selector)];
	},
	onClickEvent(this: HTMLElement, listener: (ev: MouseEvent) => unknown) {
		this.addEventListener("click", listener);
	},
};

function install(proto: object, methods: Record<string, unknown>): void {
	for (const [name, fn] of Object.entries(methods)) Object.defineProperty(proto, name, { value: fn, configurable: true, writable: true });
}

export function installDom(): void {
	install(Node.prototype, nodeMethods);
	install(Element.prototype, elementMethods);
	install(HTMLElement.prototype, htmlElementMethods);
	const g = window as unknown as Record<string, unknown>;
	g.createEl = (tag: string, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => createEl.call(undefined, tag, info, cb);
	g.createDiv = (info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => createEl.call(undefined, "div", info, cb);
	g.createSpan = (info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => createEl.call(undefined, "span", info, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const fragment = document.createDocumentFragment();
		cb?.(fragment);
		return fragment;
	};
	g.activeWindow = window;
	g.activeDocument = document;
	g.sleep = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** A lucide-style icon as SVG, built with DOM calls. Only the icons the page shows are drawn. */
const ICONS: Record<string, string[]> = {
	"list-checks": ["m3 17 2 2 4-4", "m3 7 2 2 4-4", "M13 6h8", "M13 12h8", "M13 18h8"],
	contact: [
		"M16 2v2",
		"M7 22v-2a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v2",
		"M8 2v2",
		"M12 8a3 3 0 1 0 0 6a3 3 0 1 0 0-6",
		"M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
	],
	files: ["M20 7h-3a2 2 0 0 1-2-2V2", "M9 18a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h7l4 4v10a2 2 0 0 1-2 2Z", "M3 7.6v12.8A1.6 1.6 0 0 0 4.6 22h9.8"],
	search: ["M11 3a8 8 0 1 0 0 16a8 8 0 1 0 0-16", "m21 21-4.3-4.3"],
	"file-text": ["M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z", "M14 2v4a2 2 0 0 0 2 2h4", "M10 9H8", "M16 13H8", "M16 17H8"],
	x: ["M18 6 6 18", "m6 6 12 12"],
	"chevron-down": ["m6 9 6 6 6-6"],
	"calendar-days": ["M8 2v4", "M16 2v4", "M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z", "M3 10h18"],
	"layout-dashboard": ["M3 3h7v9H3z", "M14 3h7v5h-7z", "M14 12h7v9h-7z", "M3 16h7v5H3z"],
	"git-fork": [
		"M6 3a3 3 0 1 0 0 6a3 3 0 1 0 0-6",
		"M18 3a3 3 0 1 0 0 6a3 3 0 1 0 0-6",
		"M12 15a3 3 0 1 0 0 6a3 3 0 1 0 0-6",
		"M18 9v2c0 .6-.4 1-1 1H7c-.6 0-1-.4-1-1V9",
		"M12 12v3",
	],
};

export function setIcon(parent: HTMLElement, icon: string): void {
	parent.empty();
	const ns = "http://www.w3.org/2000/svg";
	const svg = document.createElementNS(ns, "svg");
	for (const [k, v] of Object.entries({
		viewBox: "0 0 24 24",
		width: "18",
		height: "18",
		fill: "none",
		stroke: "currentColor",
		"stroke-width": "2",
		"stroke-linecap": "round",
		"stroke-linejoin": "round",
		class: `svg-icon lucide-${icon}`,
	}))
		svg.setAttribute(k, v);
	for (const d of ICONS[icon] ?? ICONS["file-text"] ?? []) {
		const path = document.createElementNS(ns, "path");
		path.setAttribute("d", d);
		svg.appendChild(path);
	}
	parent.appendChild(svg);
}
