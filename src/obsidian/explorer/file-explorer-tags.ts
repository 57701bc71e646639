import { debounce, type App } from "obsidian";
import { effectiveAbc, type IndexResult } from "../../core/api";

const TAG = "kundendossier-explorer-tag";
/** A file's row in the explorer. */
const ROW = ".nav-file-title[data-path]";

/**
 * The ABC class beside customer notes in the file explorer. The explorer re-creates its rows when
 * folders open, so a mutation observer puts the tags back; everything is removed on unload. Only
 * rows whose class changed are touched: the explorer can hold thousands of rows, and every change
 * there is laid out again.
 */
export class ExplorerTags {
	private observers: MutationObserver[] = [];
	private observed: HTMLElement[] = [];
	private readonly refreshSoon = debounce(() => this.refresh(), 100, true);

	constructor(
		private readonly app: App,
		private readonly index: () => IndexResult,
		private readonly enabled: () => boolean,
	) {}

	/** A view opened or moved: only a file explorer that was not there before needs its tags. */
	layoutChanged(): void {
		const containers = this.containers();
		if (containers.length !== this.observed.length || containers.some((c, i) => c !== this.observed[i])) this.refresh();
	}

	refresh(): void {
		this.disconnect();
		const containers = this.containers();
		const classes = this.enabled() ? new Map(this.index().customers.map((c) => [c.path, effectiveAbc(c)])) : new Map<string, string | null>();
		for (const container of containers) {
			// The tags there are, by row, found in one query: most rows of a large vault have none and want none.
			const tagged = new Map<Element, HTMLElement[]>();
			container.querySelectorAll<HTMLElement>(`.${TAG}`).forEach((el) => {
				const row = el.parentElement;
				// A tag left where no row is any more (a row lost its data-path, or a tag was moved).
				if (row?.matches(ROW)) tagged.set(row, [...(tagged.get(row) ?? []), el]);
				else el.remove();
			});
			container.querySelectorAll<HTMLElement>(ROW).forEach((row) => {
				const abc = classes.get(row.dataset.path ?? "") ?? null;
				const tags = tagged.get(row) ?? [];
				if (abc !== null || tags.length > 0) setTag(row, abc, tags);
			});
			const observer = new MutationObserver(() => this.refreshSoon());
			observer.observe(container, { childList: true, subtree: true });
			this.observers.push(observer);
		}
		this.observed = containers;
	}

	private containers(): HTMLElement[] {
		return this.app.workspace.getLeavesOfType("file-explorer").map((leaf) => leaf.view.containerEl);
	}

	private disconnect(): void {
		for (const observer of this.observers) observer.disconnect();
		this.observers = [];
		this.observed = [];
	}

	/** Removes every tag and observer (plugin unload, or the setting turned off). */
	clear(): void {
		this.disconnect();
		for (const container of this.containers()) container.querySelectorAll(`.${TAG}`).forEach((el) => el.remove());
	}
}

/** The row's tags made to be one saying `abc` (none for null), changing nothing when they already are. */
function setTag(row: HTMLElement, abc: string | null, tags: readonly HTMLElement[]): void {
	const [first] = tags;
	if (tags.length === 1 && first && abc !== null && first.textContent === abc) return;
	for (const el of tags) el.remove();
	if (abc) row.createSpan({ cls: `${TAG} kundendossier-abc-tag`, text: abc, attr: { "data-abc": abc } });
}
