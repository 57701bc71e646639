import { Events, type App, type EventRef, type TFile } from "obsidian";
import { assembleIndex } from "../../core/index/assemble";
import { createIndexContext, type IndexContext } from "../../core/index/context";
import { inCustomerFolder } from "../../core/index/customer-marker";
import type { IndexResult } from "../../core/index/index-result";
import type { ParsedNote } from "../../core/index/note";
import { parseNote } from "../../core/index/parse-note";
import type { Settings } from "../../core/settings/settings";
import { mayMatter, preParsedFrom } from "./pre-parsed-from-cache";

/** Notes read per step of the first index, before the UI gets a turn. */
const CHUNK = 100;

const EMPTY = (today: string): IndexResult => ({ today, customers: [], activities: [], errors: [] });

/**
 * The one index of the plugin. Built after the layout is ready from the metadata cache and
 * `cachedRead`, in chunks that yield to the UI; afterwards each changed note is parsed alone and
 * the parsed notes are combined again. Views subscribe to "updated" and never parse.
 */
export class LiveIndex extends Events {
	private readonly parsed = new Map<string, ParsedNote>();
	private ctx: IndexContext;
	private result: IndexResult;
	private built = false;
	private generation = 0;
	private timer: number | null = null;

	constructor(
		private readonly app: App,
		private readonly settings: () => Settings,
		private readonly clock: () => string,
	) {
		super();
		this.ctx = createIndexContext(settings(), clock());
		this.result = EMPTY(this.ctx.today);
	}

	get current(): IndexResult {
		return this.result;
	}

	get isBuilt(): boolean {
		return this.built;
	}

	override on(name: "updated", callback: (result: IndexResult) => void): EventRef;
	override on(name: "progress", callback: (done: number, total: number) => void): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown): EventRef {
		return super.on(name, callback as (...data: unknown[]) => unknown);
	}

	/** (Re)builds everything: on start, on settings change and when the day changes. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.ctx = createIndexContext(this.settings(), this.clock());
		this.parsed.clear();
		const files = this.app.vault.getMarkdownFiles();
		for (let i = 0; i < files.length; i += CHUNK) {
			await Promise.all(files.slice(i, i + CHUNK).map((file) => this.parseFile(file)));
			if (generation !== this.generation) return; // a newer rebuild took over
			this.trigger("progress", Math.min(i + CHUNK, files.length), files.length);
			await nextTurn();
		}
		this.built = true;
		this.assemble();
	}

	/** The day has changed: rebuild, since relative dates without a reference count from today. */
	refreshDay(): void {
		if (this.clock() !== this.ctx.today) void this.rebuild();
	}

	async noteChanged(file: TFile): Promise<void> {
		await this.parseFile(file);
		this.schedule();
	}

	noteDeleted(path: string): void {
		if (this.parsed.delete(path)) this.schedule();
	}

	async noteRenamed(file: TFile, oldPath: string): Promise<void> {
		this.parsed.delete(oldPath);
		await this.noteChanged(file);
	}

	private async parseFile(file: TFile): Promise<void> {
		if (file.extension !== "md") return;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!mayMatter(cache, inCustomerFolder(file.path, this.ctx.settings.customerFolders), this.ctx.markers)) {
			this.parsed.delete(file.path);
			return;
		}
		const text = await this.app.vault.cachedRead(file);
		const metadata = preParsedFrom(cache);
		this.parsed.set(file.path, parseNote({ path: file.path, text, ...(metadata ? { metadata } : {}) }, this.ctx));
	}

	/** Many notes change at once on sync; combine once after they settle. */
	private schedule(): void {
		if (!this.built) return;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.assemble();
		}, 150);
	}

	private assemble(): void {
		this.result = assembleIndex([...this.parsed.values()], this.ctx);
		this.trigger("updated", this.result);
	}

	dispose(): void {
		this.generation++;
		if (this.timer !== null) window.clearTimeout(this.timer);
	}
}

function nextTurn(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
