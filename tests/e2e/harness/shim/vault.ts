import { Events } from "./events";

/** Files and folders as Obsidian models them: a tree with parents, below one root folder. */
export class TAbstractFile {
	parent: TFolder | null = null;
	constructor(
		public vault: Vault,
		public path: string,
	) {}
	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		const dot = this.name.lastIndexOf(".");
		return dot <= 0 ? this.name : this.name.slice(0, dot);
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot <= 0 ? "" : this.name.slice(dot + 1);
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

export function normalizePath(path: string): string {
	const p = path
		.replace(/[\\/]+/g, "/")
		.replace(/^\/|\/$/g, "")
		.replace(/\u00A0|\u202F/g, " ")
		.normalize("NFC");
	return p === "" ? "/" : p;
}

const parentPath = (path: string) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "/");

/** The vault in memory. Text is stored as Obsidian reads it (UTF-8, BOM removed). */
export class Vault extends Events {
	readonly configDir = ".obsidian";
	private readonly root = new TFolder(this, "/");
	private readonly entries = new Map<string, TAbstractFile>([["/", this.root]]);
	private readonly contents = new Map<string, string>();
	/** A fixed mtime: the clock in tests is fixed too. */
	private now = Date.UTC(2026, 10, 23, 8);

	constructor(files: Record<string, string>) {
		super();
		for (const [path, text] of Object.entries(files)) this.put(normalizePath(path), text);
	}

	getName(): string {
		return "Beispiel-Vault";
	}
	getRoot(): TFolder {
		return this.root;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(normalizePath(path)) ?? null;
	}
	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}
	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}
	getFiles(): TFile[] {
		return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	async read(file: TFile): Promise<string> {
		return this.text(file);
	}
	async cachedRead(file: TFile): Promise<string> {
		return this.text(file);
	}
	async modify(file: TFile, data: string): Promise<void> {
		this.text(file);
		this.write(file, data);
		this.trigger("modify", file);
	}
	/** Atomic read-modify-write, as Vault.process promises. */
	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(this.text(file));
		await this.modify(file, next);
		return next;
	}
	async create(path: string, data: string): Promise<TFile> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error("File already exists.");
		const file = this.put(p, data);
		this.trigger("create", file);
		return file;
	}
	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error("Folder already exists.");
		const folder = this.folder(p);
		this.trigger("create", folder);
		return folder;
	}
	async delete(file: TAbstractFile): Promise<void> {
		this.entries.delete(file.path);
		this.contents.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		this.trigger("delete", file);
	}
	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const oldPath = file.path;
		const text = this.contents.get(oldPath);
		this.entries.delete(oldPath);
		this.contents.delete(oldPath);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		file.path = normalizePath(newPath);
		this.attach(file);
		if (text !== undefined) this.contents.set(file.path, text);
		this.trigger("rename", file, oldPath);
	}

	/** Test control: another program changed the file on disk, and Obsidian has not noticed yet. */
	writeBehindObsidiansBack(path: string, data: string): void {
		const file = this.getFileByPath(path);
		if (!file) throw new Error(`no file ${path}`);
		this.write(file, data);
	}

	text(file: TFile): string {
		const text = this.contents.get(file.path);
		if (text === undefined) throw new Error(`ENOENT: no such file, open '${file.path}'`);
		return text;
	}

	private write(file: TFile, data: string): void {
		this.contents.set(file.path, data);
		file.stat = { ...file.stat, mtime: ++this.now, size: new TextEncoder().encode(data).length };
	}

	private put(path: string, text: string): TFile {
		const file = new TFile(this, path);
		file.stat = { ctime: this.now, mtime: this.now, size: 0 };
		this.attach(file);
		this.write(file, text);
		return file;
	}

	private attach(file: TAbstractFile): void {
		const parent = this.folder(parentPath(file.path));
		file.parent = parent;
		parent.children.push(file);
		this.entries.set(file.path, file);
	}

	private folder(path: string): TFolder {
		const existing = this.entries.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`${path} is a file`);
		const folder = new TFolder(this, path);
		this.attach(folder);
		return folder;
	}
}
