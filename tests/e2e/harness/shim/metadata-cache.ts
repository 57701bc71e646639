import { Events } from "./events";
import { parseMetadata, type CachedMetadata } from "./parse-metadata";
import { TFile, type TAbstractFile, type Vault } from "./vault";

/** How long Obsidian's metadata worker takes to publish "changed" after a write, roughly. */
const PARSE_DELAY_MS = 20;

/**
 * Obsidian's MetadataCache: every note parsed once when the vault loads (a warm cache), again after each
 * change, "changed" fired after the parse and never synchronously with the write, links resolved.
 */
export class MetadataCache extends Events {
	private readonly caches = new Map<string, CachedMetadata>();
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};

	constructor(private readonly vault: Vault) {
		super();
		for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, parseMetadata(vault.text(file)));
		this.resolveAll();
		vault.on("create", (file) => this.reparseSoon(file as TAbstractFile));
		vault.on("modify", (file) => this.reparseSoon(file as TAbstractFile));
		vault.on("delete", (file) => this.deleted(file as TAbstractFile));
		vault.on("rename", (file, oldPath) => this.renamed(file as TAbstractFile, oldPath as string));
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}
	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** The file a link points to: exact path, then relative to the source, then by name (same folder first, then shortest path). */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = linkpath.replace(/#.*$/, "").trim();
		if (!path) return this.vault.getFileByPath(sourcePath);
		const withMd = /\.[^/]+$/.test(path) ? [path, `${path}.md`] : [`${path}.md`];
		const folder = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1) : "";
		for (const candidate of [...withMd, ...withMd.map((p) => folder + p)]) {
			const file = this.vault.getFileByPath(candidate);
			if (file) return file;
		}
		const matches = this.vault.getFiles().filter((f) => withMd.some((p) => f.path === p || f.path.endsWith(`/${p}`)));
		matches.sort((a, b) => a.path.length - b.path.length);
		return matches.find((f) => f.path.startsWith(folder)) ?? matches[0] ?? null;
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		return omitMdExtension && file.extension === "md" ? file.basename : file.name;
	}

	private reparseSoon(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		window.setTimeout(() => {
			if (this.vault.getFileByPath(file.path) !== file) return; // deleted or renamed meanwhile
			const text = this.vault.text(file);
			const cache = parseMetadata(text);
			this.caches.set(file.path, cache);
			this.resolve(file.path);
			this.trigger("changed", file, text, cache);
			this.trigger("resolve", file);
			this.trigger("resolved");
		}, PARSE_DELAY_MS);
	}

	private deleted(file: TAbstractFile): void {
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		delete this.resolvedLinks[file.path];
		delete this.unresolvedLinks[file.path];
		if (file instanceof TFile) this.trigger("deleted", file, prev);
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
		this.resolveAll();
	}

	private resolveAll(): void {
		for (const path of this.caches.keys()) this.resolve(path);
	}

	private resolve(source: string): void {
		const resolved: Record<string, number> = {};
		const unresolved: Record<string, number> = {};
		const cache = this.caches.get(source);
		for (const link of [...(cache?.links ?? []), ...(cache?.embeds ?? [])]) {
			const dest = this.getFirstLinkpathDest(link.link, source);
			if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
			else unresolved[link.link] = (unresolved[link.link] ?? 0) + 1;
		}
		this.resolvedLinks[source] = resolved;
		this.unresolvedLinks[source] = unresolved;
	}
}
