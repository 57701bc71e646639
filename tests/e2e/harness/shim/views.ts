import { setIcon } from "./dom";
import { Component } from "./events";
import { Editor } from "./editor";
import { renderMarkdown } from "./markdown";
import { TFile, TFolder, type TAbstractFile } from "./vault";
import type { App } from "./app";
import type { WorkspaceLeaf } from "./workspace";

/** View and ItemView: a header with the title, then `.view-content` (containerEl.children[1]), as in Obsidian. */
export abstract class View extends Component {
	app: App;
	navigation = false;
	icon = "";
	containerEl: HTMLElement;
	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: { history: boolean }): Promise<void> {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const header = this.containerEl.createDiv({ cls: "view-header" });
		header.createDiv({ cls: "view-header-title-container" }).createDiv({ cls: "view-header-title" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
	/** The leaf shows the title once the view is open (Obsidian updates the header the same way). */
	updateHeader(): void {
		this.containerEl.querySelector(".view-header-title")?.setText(this.getDisplayText());
	}
}

class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "Neuer Tab";
	}
}

/**
 * A Markdown note: source mode is a line-per-element editor (see editor.ts), reading mode renders the
 * note with the plugin's code block processors. Like Obsidian, it reloads when the file changes on disk.
 */
export class MarkdownView extends ItemView {
	override navigation = true;
	file: TFile | null = null;
	editor: Editor;
	private mode: "source" | "preview" = "source";
	private readonly render = new Component();
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl.addClass("markdown-view");
		this.editor = new Editor(this.contentEl.createDiv({ cls: "markdown-source-view mod-cm6 is-live-preview" }), (text) => this.save(text));
	}
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
	override getIcon(): string {
		return "file-text";
	}
	getMode(): "source" | "preview" {
		return this.mode;
	}
	override getState(): Record<string, unknown> {
		return { file: this.file?.path, mode: this.mode };
	}
	override async setState(state: unknown): Promise<void> {
		const s = (state ?? {}) as { mode?: string };
		if (s.mode === "preview" || s.mode === "source") this.mode = s.mode;
		this.show();
	}
	override async onOpen(): Promise<void> {
		this.registerEvent(
			this.app.vault.on("modify", (file) => {
				if (this.file && file === this.file) this.editor.reload(this.app.vault.text(this.file));
			}),
		);
	}
	async openFile(file: TFile): Promise<void> {
		this.file = file;
		this.editor.reload(await this.app.vault.read(file), true);
		this.show();
		this.updateHeader();
	}
	override setEphemeralState(state: unknown): void {
		const line = (state as { line?: number } | null)?.line;
		if (typeof line === "number") this.editor.setCursor({ line, ch: 0 });
	}
	private show(): void {
		this.contentEl.querySelector(".markdown-reading-view")?.remove();
		this.render.unload();
		this.editor.el.toggle(this.mode === "source");
		if (this.mode !== "preview" || !this.file) return;
		this.render.load();
		const reading = this.contentEl.createDiv({ cls: "markdown-reading-view" });
		const preview = reading.createDiv({ cls: "markdown-preview-view markdown-rendered" });
		renderMarkdown(this.app, this.editor.getValue(), preview, this.file.path, this.render, true);
	}
	private save(text: string): void {
		if (this.file) void this.app.vault.modify(this.file, text);
	}
}

/** The core file explorer: folders and notes as `.nav-folder-title` / `.nav-file-title[data-path]` rows. */
export class FileExplorerView extends ItemView {
	getViewType(): string {
		return "file-explorer";
	}
	getDisplayText(): string {
		return "Dateien";
	}
	override getIcon(): string {
		return "files";
	}
	override async onOpen(): Promise<void> {
		this.contentEl.addClass("nav-files-container");
		for (const event of ["create", "delete", "rename"]) this.registerEvent(this.app.vault.on(event, () => this.draw()));
		this.draw();
	}
	private draw(): void {
		this.contentEl.empty();
		this.folder(this.contentEl, this.app.vault.getRoot());
	}
	private folder(parent: HTMLElement, folder: TFolder): void {
		const sorted = [...folder.children].filter((c) => !c.name.startsWith(".")).sort(byFolderThenName);
		for (const child of sorted) {
			if (child instanceof TFolder) {
				const el = parent.createDiv({ cls: "tree-item nav-folder" });
				const title = el.createDiv({ cls: "tree-item-self nav-folder-title", attr: { "data-path": child.path } });
				setIcon(title.createDiv({ cls: "tree-item-icon collapse-icon" }), "chevron-down");
				title.createDiv({ cls: "tree-item-inner nav-folder-title-content", text: child.name });
				this.folder(el.createDiv({ cls: "tree-item-children nav-folder-children" }), child);
			} else if (child instanceof TFile) {
				const el = parent.createDiv({ cls: "tree-item nav-file" });
				const title = el.createDiv({ cls: "tree-item-self nav-file-title", attr: { "data-path": child.path } });
				title.createDiv({ cls: "tree-item-inner nav-file-title-content", text: child.extension === "md" ? child.basename : child.name });
				title.addEventListener("click", () => void this.app.workspace.getLeaf(false).openFile(child));
			}
		}
	}
}

function byFolderThenName(a: TAbstractFile, b: TAbstractFile): number {
	return Number(b instanceof TFolder) - Number(a instanceof TFolder) || a.name.localeCompare(b.name, "de");
}

export const BUILT_IN_VIEWS: Record<string, (leaf: WorkspaceLeaf) => View> = {
	empty: (leaf) => new EmptyView(leaf),
	markdown: (leaf) => new MarkdownView(leaf),
	"file-explorer": (leaf) => new FileExplorerView(leaf),
};
