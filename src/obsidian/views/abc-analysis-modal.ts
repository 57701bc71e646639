import { Modal, type App } from "obsidian";
import { type CustomerRecord, FIELD_KEYS, setScalar } from "../../core/api";
import { obsidianYaml } from "../vault/yaml";
import type { PluginContext } from "../plugin-context";
import { formatMoney, formatPercent } from "../render/format";
import { editFrontmatter } from "../vault/edit-frontmatter";

/**
 * ABC aus Umsatz berechnen: every customer with a revenue, by rank, with share, cumulative share,
 * written and computed class. Customers whose class differs are preselected; applying writes only
 * `abc`, one write per note.
 */
export class AbcAnalysisModal extends Modal {
	constructor(
		app: App,
		private readonly context: PluginContext,
	) {
		super(app);
	}

	override onOpen(): void {
		const ui = this.context.ui();
		const lang = this.context.lang();
		const { contentEl } = this;
		contentEl.addClass("kundendossier-abc-analysis");
		contentEl.createEl("h3", { text: ui.abc.analysisTitle });
		const rows = this.context.index.current.customers.filter((c) => c.abcAnalysis).sort((a, b) => (a.abcAnalysis?.rank ?? 0) - (b.abcAnalysis?.rank ?? 0));
		if (rows.length === 0) {
			contentEl.createDiv({ cls: "kundendossier-empty", text: ui.abc.noRevenue });
			return;
		}
		const table = contentEl.createEl("table");
		const head = table.createEl("tr");
		for (const h of [
			"",
			ui.abc.columns.customer,
			ui.abc.columns.revenue,
			ui.abc.columns.share,
			ui.abc.columns.cumulative,
			ui.abc.columns.written,
			ui.abc.columns.computed,
		])
			head.createEl("th", { text: h });
		const selected = new Set(rows.filter((c) => c.abc !== c.abcComputed).map((c) => c.path));
		const button = contentEl.createEl("button", { cls: "mod-cta" });
		const label = () => button.setText(ui.abc.apply(selected.size));
		for (const c of rows) {
			const tr = table.createEl("tr", { attr: { "data-path": c.path } });
			const box = tr.createEl("td").createEl("input", { attr: { type: "checkbox" } });
			box.checked = selected.has(c.path);
			box.addEventListener("change", () => (box.checked ? selected.add(c.path) : selected.delete(c.path), label()));
			tr.createEl("td", { text: c.name });
			tr.createEl("td", { text: formatMoney(c.dossier.revenue ?? 0, lang) });
			tr.createEl("td", { text: formatPercent(c.abcAnalysis?.share ?? 0) });
			tr.createEl("td", { text: formatPercent(c.abcAnalysis?.cumulative ?? 0) });
			tr.createEl("td", { text: c.abc ?? "–" });
			tr.createEl("td", { text: c.abcComputed ?? "–", cls: c.abc !== c.abcComputed ? "mod-warning" : "" });
		}
		label();
		button.addEventListener("click", () => void this.apply(rows.filter((c) => selected.has(c.path))));
	}

	/** One write per selected note, each changing only `abc`. */
	private async apply(customers: CustomerRecord[]): Promise<void> {
		const ui = this.context.ui();
		for (const c of customers)
			if (c.abcComputed) await editFrontmatter(this.app, c.path, (text) => setScalar(text, FIELD_KEYS.abc, c.abcComputed as string, obsidianYaml), ui);
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
