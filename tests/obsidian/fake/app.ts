import { Events } from "./events";
import { TFile, TFolder, type TAbstractFile } from "./files";
import { computeMetadata, type FakeCache } from "./metadata";

/** A vault held in memory. Writes go through `process`/`modify` and fire the events Obsidian fires. */
export class FakeVault extends Events {
	readonly files = new Map<string, { file: TFile; text: string }>();
	readonly configDir = ".obsidian";
	reads = 0;
	/** The vault folder's name, as Obsidian's `getName()` gives it. */
	name = "Vault";

	constructor(
		private readonly metadata: FakeMetadataCache,
		initial: Record<string, string>,
	) {
		super();
		for (const [path, text] of Object.entries(initial)) this.put(path, text);
	}

	private put(path: string, text: string): TFile {
		const file = this.files.get(path)?.file ?? new TFile(path);
		this.files.set(path, { file, text });
		this.metadata.compute(file, text);
		return file;
	}

	getName(): string {
		return this.name;
	}
	getMarkdownFiles(): TFile[] {
		return [...this.files.values()].map((f) => f.file).filter((f) => f.extension === "md");
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		if (this.files.has(path)) return this.files.get(path)?.file ?? null;
		return [...this.files.keys()].some((p) => p.startsWith(`${path}/`)) ? new TFolder(path) : null;
	}
	async cachedRead(file: TFile): Promise<string> {
		this.reads++;
		return this.text(file);
	}
	async read(file: TFile): Promise<string> {
		return this.cachedRead(file);
	}
	text(file: TFile): string {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		return entry.text;
	}
	async modify(file: TFile, text: string): Promise<void> {
		this.put(file.path, text);
		this.trigger("modify", file);
		this.metadata.trigger("changed", file, text, this.metadata.getFileCache(file));
	}
	async process(file: TFile, fn: (text: string) => string): Promise<string> {
		const next = fn(this.text(file));
		await this.modify(file, next);
		return next;
	}
	async create(path: string, text: string): Promise<TFile> {
		const file = this.put(path, text);
		this.trigger("create", file);
		this.metadata.trigger("changed", file, text, this.metadata.getFileCache(file));
		return file;
	}
	folders = new Set<string>();
	async createFolder(path: string): Promise<void> {
		this.folders.add(path);
	}
	async delete(file: TFile): Promise<void> {
		this.files.delete(file.path);
		this.metadata.forget(file);
		this.trigger("delete", file);
	}
	async rename(file: TFile, newPath: string): Promise<void> {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		const oldPath = file.path;
		this.files.delete(oldPath);
		this.metadata.forget(file);
		file.path = newPath;
		this.put(newPath, entry.text);
		this.trigger("rename", file, oldPath);
	}
}

export class FakeMetadataCache extends Events {
	private readonly caches = new Map<string, FakeCache>();
	compute(file: TFile, text: string): void {
		if (file.extension === "md") this.caches.set(file.path, computeMetadata(text));
	}
	forget(file: TFile): void {
		this.caches.delete(file.path);
	}
	getFileCache(file: TFile): FakeCache | null {
		return this.caches.get(file.path) ?? null;
	}
}

export interface FakeLeaf {
	app: FakeApp;
	view: { containerEl: HTMLElement; getViewType(): string } & Record<string, unknown>;
	openFile(file: TFile, state?: unknown): Promise<void>;
	setViewState(state: { type: string }): Promise<void>;
}

export class FakeWorkspace extends Events {
	constructor(private readonly app: FakeApp) {
		super();
	}
	private ready = false;
	private readyCallbacks: Array<() => void> = [];
	activeFile: TFile | null = null;
	leaves: FakeLeaf[] = [];
	viewFactories = new Map<string, (leaf: FakeLeaf) => FakeLeaf["view"]>();
	opened: Array<{ path: string; state: unknown }> = [];

	onLayoutReady(cb: () => void): void {
		if (this.ready) cb();
		else this.readyCallbacks.push(cb);
	}
	/** Test control: Obsidian finished loading the layout. */
	layoutReady(): void {
		this.ready = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}
	getActiveFile(): TFile | null {
		return this.activeFile;
	}
	getLeavesOfType(type: string): FakeLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === type);
	}
	private newLeaf(): FakeLeaf {
		const leaf: FakeLeaf = {
			app: this.app,
			view: { containerEl: createDiv(), getViewType: () => "empty" },
			openFile: async (file, state) => {
				this.opened.push({ path: file.path, state });
				this.activeFile = file;
			},
			setViewState: async ({ type }) => {
				const factory = this.viewFactories.get(type);
				if (!factory) throw new Error(`no view ${type}`);
				leaf.view = factory(leaf);
				await (leaf.view as unknown as { onOpen?: () => Promise<void> }).onOpen?.();
			},
		};
		this.leaves.push(leaf);
		return leaf;
	}
	getRightLeaf(): FakeLeaf {
		return this.newLeaf();
	}
	getLeaf(): FakeLeaf {
		return this.newLeaf();
	}
	async revealLeaf(): Promise<void> {}
	requestSaveLayout(): void {}
	/** Test control: the user opens a note. */
	openNote(file: TFile | null): void {
		this.activeFile = file;
		this.trigger("file-open", file);
	}
}

export class FakeApp {
	readonly metadataCache = new FakeMetadataCache();
	readonly vault: FakeVault;
	readonly workspace: FakeWorkspace = new FakeWorkspace(this);
	/** Core plugins (by id) and community plugins (by id), as far as the plugin asks for them. */
	readonly internal: Record<string, { enabled: boolean; instance: { options: Record<string, unknown> } }> = {};
	readonly internalPlugins = { getPluginById: (id: string) => this.internal[id] ?? null };
	readonly plugins: { plugins: Record<string, { settings: Record<string, unknown> }> } = { plugins: {} };
	constructor(files: Record<string, string>) {
		this.vault = new FakeVault(this.metadataCache, files);
	}
	file(path: string): TFile {
		const file = this.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
		return file;
	}
}
