import { debounce, type App } from "obsidian";
import { effectiveAbc, type IndexResult } from "../../core/api";

const TAG = "kundendossier-explorer-tag";

/**
 * The ABC class beside customer notes in the file explorer. The explorer re-creates its rows when
 * folders open, so a mutation observer puts the tags back; everything is removed on unload.
 */
export class ExplorerTags {
	private observers: MutationObserver[] = [];
	private readonly refreshSoon = debounce(() => this.refresh(), 100, true);

	constructor(
		private readonly app: App,
		private readonly index: () => IndexResult,
		private readonly enabled: () => boolean,
	) {}

	refresh(): void {
		this.disconnect();
		const containers = this.app.workspace.getLeavesOfType("file-explorer").map((leaf) => leaf.view.containerEl);
		const classes = new Map(this.index().customers.map((c) => [c.path, effectiveAbc(c)]));
		for (const container of containers) {
			container.querySelectorAll(`.${TAG}`).forEach((el) => el.remove());
			if (!this.enabled()) continue;
			container.querySelectorAll<HTMLElement>(".nav-file-title[data-path]").forEach((row) => {
				const abc = classes.get(row.dataset.path ?? "");
				if (abc) row.createSpan({ cls: `${TAG} kundendossier-abc-tag`, text: abc, attr: { "data-abc": abc } });
			});
			const observer = new MutationObserver(() => this.refreshSoon());
			observer.observe(container, { childList: true, subtree: true });
			this.observers.push(observer);
		}
	}

	private disconnect(): void {
		for (const observer of this.observers) observer.disconnect();
		this.observers = [];
	}

	/** Removes every tag and observer (plugin unload, or the setting turned off). */
	clear(): void {
		this.disconnect();
		for (const leaf of this.app.workspace.getLeavesOfType("file-explorer")) leaf.view.containerEl.querySelectorAll(`.${TAG}`).forEach((el) => el.remove());
	}
}
