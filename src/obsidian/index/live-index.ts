import { Events, type App, type EventRef, type TFile } from "obsidian";
import {
	createIndexContext,
	inCustomerFolder,
	type IndexContext,
	type IndexResult,
	IndexState,
	type ParsedNote,
	parseNote,
	type Settings,
	unreadableNote,
} from "../../core/api";
import { obsidianYaml } from "../vault/yaml";
import { mayMatter, preParsedFrom } from "./pre-parsed-from-cache";

/** Notes read per step of the first index, before the UI gets a turn. */
const CHUNK = 100;

const EMPTY = (today: string): IndexResult => ({ today, customers: [], activities: [], errors: [] });

/**
 * The one index of the plugin. Built after the layout is ready from the metadata cache and
 * `cachedRead`, in chunks that yield to the UI; afterwards each changed note is parsed alone and
 * updates the index state without touching the rest. Views subscribe to "updated" and never parse.
 */
export class LiveIndex extends Events {
	private ctx: IndexContext;
	/** The index once built; each changed note updates it alone. */
	private state: IndexState | null = null;
	/** Notes read so far while a (re)build runs; changes during the build land here too. */
	private building: Map<string, ParsedNote> | null = null;
	private result: IndexResult;
	private generation = 0;
	private timer: number | null = null;

	constructor(
		private readonly app: App,
		private readonly settings: () => Settings,
		private readonly clock: () => string,
	) {
		super();
		this.ctx = createIndexContext(settings(), clock(), obsidianYaml);
		this.result = EMPTY(this.ctx.today);
	}

	get current(): IndexResult {
		return this.result;
	}

	get isBuilt(): boolean {
		return this.state !== null;
	}

	override on(name: "updated", callback: (result: IndexResult) => void): EventRef;
	override on(name: "progress", callback: (done: number, total: number) => void): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown): EventRef {
		return super.on(name, callback as (...data: unknown[]) => unknown);
	}

	/** (Re)builds everything: on start, on settings change and when the day changes. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.ctx = createIndexContext(this.settings(), this.clock(), obsidianYaml);
		const building = new Map<string, ParsedNote>();
		this.building = building;
		const files = this.app.vault.getMarkdownFiles();
		for (let i = 0; i < files.length; i += CHUNK) {
			await Promise.all(files.slice(i, i + CHUNK).map(async (file) => this.keep(building, file.path, await this.parseFile(file))));
			if (generation !== this.generation) return; // a newer rebuild took over
			this.trigger("progress", Math.min(i + CHUNK, files.length), files.length);
			await nextTurn();
		}
		this.state = new IndexState(this.ctx, building.values());
		this.building = null;
		this.publish();
	}

	/** The day has changed: rebuild, since relative dates without a reference count from today. */
	refreshDay(): void {
		if (this.clock() !== this.ctx.today) void this.rebuild();
	}

	async noteChanged(file: TFile): Promise<void> {
		const generation = this.generation;
		const note = await this.parseFile(file);
		if (generation !== this.generation) return; // read for a context a rebuild has replaced
		if (this.building) return this.keep(this.building, file.path, note);
		if (!this.state) return;
		if (note) this.state.update(note);
		else this.state.remove(file.path);
		this.schedule();
	}

	noteDeleted(path: string): void {
		if (this.building) return void this.building.delete(path);
		if (!this.state?.has(path)) return;
		this.state.remove(path);
		this.schedule();
	}

	async noteRenamed(file: TFile, oldPath: string): Promise<void> {
		this.noteDeleted(oldPath);
		await this.noteChanged(file);
	}

	private keep(into: Map<string, ParsedNote>, path: string, note: ParsedNote | null): void {
		if (note) into.set(path, note);
		else into.delete(path);
	}

	/**
	 * The parsed note, or null for a note that cannot matter (it is never read). A note that fails to
	 * read or parse is listed as unreadable, so one note never stops the index (nor leaves the status bar on "indexing").
	 */
	private async parseFile(file: TFile): Promise<ParsedNote | null> {
		try {
			return await this.readAndParse(file);
		} catch (error) {
			const code = (error as { code?: unknown } | null)?.code;
			const t = this.ctx.t;
			return unreadableNote(file.path, t.errors.unreadableNote(typeof code === "string" ? t.errors.fileSystem(code) : t.errors.unexpected()));
		}
	}

	private async readAndParse(file: TFile): Promise<ParsedNote | null> {
		if (file.extension !== "md") return null;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!mayMatter(cache, inCustomerFolder(file.path, this.ctx.settings.customerFolders), this.ctx.markers)) return null;
		const text = await this.app.vault.cachedRead(file);
		const metadata = preParsedFrom(cache);
		return parseNote({ path: file.path, text, ...(metadata ? { metadata } : {}) }, this.ctx, this.state?.parsed(file.path));
	}

	/** Many notes change at once on sync; publish once after they settle. */
	private schedule(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.publish();
		}, 150);
	}

	private publish(): void {
		if (!this.state) return;
		this.result = this.state.result();
		this.trigger("updated", this.result);
	}

	dispose(): void {
		this.generation++;
		if (this.timer !== null) window.clearTimeout(this.timer);
	}
}

/**
 * A turn of the event loop, so the UI can paint between chunks. Not a timeout: chained timeouts are
 * held back to at least 4 ms each after the fifth, which added about 0.4 s of waiting to a
 * 10,000-note first index; a message is delivered as soon as the UI has had its turn.
 */
function nextTurn(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
