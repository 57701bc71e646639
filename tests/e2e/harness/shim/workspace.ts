import { setIcon } from "./dom";
import { Events } from "./events";
import { BUILT_IN_VIEWS, ItemView, MarkdownView, type View } from "./views";
import type { App } from "./app";
import type { TFile } from "./vault";

type ViewFactory = (leaf: WorkspaceLeaf) => View;

/** A tab group: tab headers on top, one visible leaf below. Sidebars show icons, the main area titles. */
export class WorkspaceTabs {
	leaves: WorkspaceLeaf[] = [];
	active: WorkspaceLeaf | null = null;
	readonly headerEl: HTMLElement;
	readonly containerEl: HTMLElement;
	constructor(
		parent: HTMLElement,
		readonly side: "left" | "root" | "right",
	) {
		const tabs = parent.createDiv({ cls: `workspace-tabs${side === "root" ? " mod-top mod-top-left-space mod-top-right-space" : ""}` });
		this.headerEl = tabs.createDiv({ cls: "workspace-tab-header-container" }).createDiv({ cls: "workspace-tab-header-container-inner" });
		this.containerEl = tabs.createDiv({ cls: "workspace-tab-container" });
	}
	select(leaf: WorkspaceLeaf): void {
		this.active = leaf;
		for (const l of this.leaves) {
			l.containerEl.toggleClass("is-hidden", l !== leaf);
			l.tabHeaderEl.toggleClass("is-active", l === leaf);
		}
	}
}

export class WorkspaceLeaf extends Events {
	view: View;
	readonly containerEl: HTMLElement;
	readonly tabHeaderEl: HTMLElement;
	pinned = false;
	constructor(
		readonly app: App,
		readonly group: WorkspaceTabs,
	) {
		super();
		this.containerEl = group.containerEl.createDiv({ cls: "workspace-leaf" });
		this.tabHeaderEl = group.headerEl.createDiv({ cls: "workspace-tab-header tappable" });
		this.tabHeaderEl.addEventListener("click", () => void app.workspace.revealLeaf(this));
		group.leaves.push(this);
		this.view = this.mount("empty");
		this.updateHeader();
		group.select(this);
	}

	async setViewState(state: { type: string; state?: unknown; active?: boolean }): Promise<void> {
		if (this.view.getViewType() !== state.type) {
			await this.view.onClose();
			this.view.unload();
			this.view.containerEl.remove();
			this.view = this.mount(state.type);
			this.view.load();
			await this.view.onOpen();
		}
		if (state.state !== undefined) await this.view.setState(state.state, { history: false });
		this.updateHeader();
		if (state.active) this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("layout-change");
	}

	getViewState(): { type: string; state: Record<string, unknown> } {
		return { type: this.view.getViewType(), state: this.view.getState() };
	}

	async openFile(file: TFile, openState?: { state?: unknown; eState?: unknown; active?: boolean }): Promise<void> {
		await this.setViewState({ type: "markdown", ...(openState?.state ? { state: openState.state } : {}) });
		if (this.view instanceof MarkdownView) await this.view.openFile(file);
		if (openState?.eState) this.view.setEphemeralState(openState.eState);
		this.updateHeader();
		this.app.workspace.setActiveLeaf(this, { focus: true });
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
	}

	detach(): void {
		void this.view.onClose();
		this.view.unload();
		this.containerEl.remove();
		this.tabHeaderEl.remove();
		this.group.leaves = this.group.leaves.filter((l) => l !== this);
		this.app.workspace.leafDetached(this);
	}

	private mount(type: string): View {
		const factory: ViewFactory | undefined = this.app.workspace.viewFactories.get(type) ?? BUILT_IN_VIEWS[type];
		if (!factory) throw new Error(`No view registered for type ${type}`);
		const view = factory(this);
		view.containerEl.setAttr("data-type", type);
		this.containerEl.appendChild(view.containerEl);
		return view;
	}

	private updateHeader(): void {
		this.tabHeaderEl.empty();
		const inner = this.tabHeaderEl.createDiv({ cls: "workspace-tab-header-inner" });
		setIcon(inner.createDiv({ cls: "workspace-tab-header-inner-icon" }), this.view.getIcon());
		inner.createDiv({ cls: "workspace-tab-header-inner-title", text: this.view.getDisplayText() });
		this.tabHeaderEl.setAttr("aria-label", this.view.getDisplayText());
		if (this.view instanceof ItemView) this.view.updateHeader();
	}
}

/** The workspace: left and right sidebars and the main area, leaves, the active leaf and file, layout-ready. */
export class Workspace extends Events {
	readonly viewFactories = new Map<string, ViewFactory>();
	leftSplit!: WorkspaceTabs;
	rootSplit!: WorkspaceTabs;
	rightSplit!: WorkspaceTabs;
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady = false;
	private lastFile: TFile | null = null;
	private readyCallbacks: Array<() => void> = [];

	constructor(private readonly app: App) {
		super();
	}

	/** Builds the three areas inside `el` (the page's `.workspace`). */
	attach(left: HTMLElement, root: HTMLElement, right: HTMLElement): void {
		this.leftSplit = new WorkspaceTabs(left, "left");
		this.rootSplit = new WorkspaceTabs(root, "root");
		this.rightSplit = new WorkspaceTabs(right, "right");
		for (const el of [left, root, right]) el.addEventListener("pointerdown", (e) => this.focusFrom(e.target), true);
	}

	onLayoutReady(callback: () => void): void {
		if (this.layoutReady) window.setTimeout(callback, 0);
		else this.readyCallbacks.push(callback);
	}
	/** Harness control: Obsidian finished restoring the layout. */
	finishLayout(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
		this.trigger("layout-ready");
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView && view.file ? view.file : this.lastFile;
	}
	getActiveViewOfType<T>(type: new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		const leaves: WorkspaceLeaf[] = [];
		this.iterateAllLeaves((leaf) => leaf.view.getViewType() === type && leaves.push(leaf));
		return leaves;
	}
	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const group of [this.leftSplit, this.rootSplit, this.rightSplit]) for (const leaf of group.leaves) callback(leaf);
	}

	/** false: the active main-area leaf if it navigates (a note), else a new tab; true or "tab": a new tab. */
	getLeaf(newLeaf: boolean | "tab" | "split" | "window" = false): WorkspaceLeaf {
		if (newLeaf === false) {
			const active = this.activeLeaf;
			if (active && active.group === this.rootSplit && !active.pinned && (active.view.navigation || active.view.getViewType() === "empty")) return active;
			const recent = this.rootSplit.leaves.find((l) => !l.pinned && (l.view.navigation || l.view.getViewType() === "empty"));
			if (recent) return recent;
		}
		return new WorkspaceLeaf(this.app, this.rootSplit);
	}
	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return new WorkspaceLeaf(this.app, this.rightSplit);
	}
	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return new WorkspaceLeaf(this.app, this.leftSplit);
	}
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.group.select(leaf);
	}
	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
		const before = this.getActiveFile();
		leaf.group.select(leaf);
		if (this.activeLeaf === leaf && leaf.view instanceof MarkdownView && leaf.view.file === before) return;
		this.activeLeaf?.containerEl.removeClass("mod-active");
		this.activeLeaf = leaf;
		leaf.containerEl.addClass("mod-active");
		const file = leaf.view instanceof MarkdownView ? leaf.view.file : null;
		if (file) this.lastFile = file;
		this.trigger("active-leaf-change", leaf);
		if (file && file !== before) this.trigger("file-open", file);
	}
	leafDetached(leaf: WorkspaceLeaf): void {
		if (this.activeLeaf === leaf) this.activeLeaf = null;
		const next = leaf.group.leaves[0];
		if (next) leaf.group.select(next);
		this.trigger("layout-change");
	}
	requestSaveLayout(): void {}

	async openLinkText(linktext: string, sourcePath: string, newLeaf: boolean | "tab" = false): Promise<void> {
		const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (file) await this.getLeaf(newLeaf).openFile(file);
	}

	private focusFrom(target: EventTarget | null): void {
		let found: WorkspaceLeaf | null = null;
		this.iterateAllLeaves((leaf) => target instanceof Node && leaf.containerEl.contains(target) && (found = leaf));
		if (found) this.setActiveLeaf(found);
	}
}
