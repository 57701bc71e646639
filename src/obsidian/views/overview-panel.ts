import { TFile } from "obsidian";
import { createPhaseCatalog, customerOverview } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { renderCustomerOverview } from "../render/customer-overview";

/**
 * What the `kundenuebersicht` block and the dossier view (without a customer note) show: the overview of
 * all customers for the index's day, or why there is none yet.
 */
export function renderOverviewFor(parent: HTMLElement, context: PluginContext): void {
	const ui = context.ui().overview;
	const { index } = context;
	if (!index.isBuilt) {
		parent.createDiv({ cls: "kundendossier-empty", text: ui.indexing });
		return;
	}
	if (index.current.customers.length === 0) {
		parent.createDiv({ cls: "kundendossier-empty", text: ui.noCustomers });
		return;
	}
	const settings = context.settings();
	const overview = customerOverview(index.current, {
		models: createPhaseCatalog(settings.customPhaseModels).models,
		abcThresholds: settings.abcThresholds,
		stuckDays: settings.stuckDays,
	});
	renderCustomerOverview(parent, overview, { ui, lang: context.lang(), open: (path) => void openNote(context, path) });
}

async function openNote(context: PluginContext, path: string): Promise<void> {
	const file = context.app.vault.getAbstractFileByPath(path);
	if (file instanceof TFile) await context.app.workspace.getLeaf(false).openFile(file);
}
