import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { renderDossierFor } from "./dossier-panel";
import { renderOverviewFor } from "./overview-panel";

export const DOSSIER_VIEW = "kundendossier-dossier";

/**
 * The right-sidebar "Dossier": the card of the active note, for users who want no block in their notes;
 * without a customer note, the overview of all customers.
 */
export class DossierView extends ItemView {
	private path: string | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: PluginContext,
	) {
		super(leaf);
	}

	getViewType(): string {
		return DOSSIER_VIEW;
	}

	getDisplayText(): string {
		return this.context.ui().dossierView;
	}

	override getIcon(): string {
		return "contact";
	}

	override async onOpen(): Promise<void> {
		this.path = this.app.workspace.getActiveFile()?.path ?? null;
		this.registerEvent(
			this.app.workspace.on("file-open", (file) => {
				// Keep the last note while the sidebar itself has focus.
				if (file) this.show(file.path);
			}),
		);
		this.registerEvent(this.context.index.on("updated", () => this.render()));
		this.render();
	}

	show(path: string): void {
		if (path === this.path) return;
		this.path = path;
		this.render();
	}

	render(): void {
		const container = this.contentEl;
		container.addClass("kundendossier-view");
		const { index } = this.context;
		const customer = this.path !== null && index.current.customers.some((c) => c.path === this.path);
		if (customer || (this.path !== null && !index.isBuilt)) {
			renderDossierFor(container, this.path, index.current, index.isBuilt, this.context.cardOptions());
			return;
		}
		container.empty();
		if (this.path !== null) container.createDiv({ cls: "kundendossier-hint", text: this.context.ui().card.notCustomer });
		renderOverviewFor(container, this.context);
	}
}
