import type { CustomerRecord, IndexResult } from "../../core/api";
import type { CardOptions } from "../render/dossier-card";
import { renderDossierCard } from "../render/dossier-card";

/**
 * What the code block and the sidebar show for a note: its card, or a plain sentence why there is
 * none. Both renderers use this, so they never differ.
 */
export function renderDossierFor(parent: HTMLElement, path: string | null, index: IndexResult, built: boolean, options: CardOptions): void {
	parent.empty();
	const { ui } = options;
	if (!path) {
		parent.createDiv({ cls: "kundendossier-empty", text: ui.card.noActiveNote });
		return;
	}
	const customer: CustomerRecord | undefined = index.customers.find((c) => c.path === path);
	if (customer) {
		renderDossierCard(parent, customer, options);
		return;
	}
	if (!built) {
		parent.createDiv({ cls: "kundendossier-empty", text: ui.card.indexing });
		return;
	}
	const empty = parent.createDiv({ cls: "kundendossier-empty" });
	empty.createDiv({ text: ui.card.notCustomer });
	empty.createDiv({ cls: "kundendossier-hint", text: ui.card.notCustomerHint });
}
