import { Modal, Notice, Setting, type App } from "obsidian";
import { checkMove, createPhaseCatalog, type CustomerRecord, isIsoDay, nextPhase, recordPhase } from "../../core/api";
import { obsidianYaml } from "../vault/yaml";
import type { PluginContext } from "../plugin-context";
import { editFrontmatter } from "../vault/edit-frontmatter";

export type PhaseMode = "advance" | "set" | "restart";

/**
 * Advance (the next phase only, with the signals to check first), set (back as far as needed, forward
 * one step; a skip is refused with the reason) or restart (back to the first phase, keeping the
 * history, with the reason recorded). The date defaults to today and can be changed.
 */
export class PhaseModal extends Modal {
	private date: string;
	private reason = "";
	private target: string;

	constructor(
		app: App,
		private readonly context: PluginContext,
		private readonly customer: CustomerRecord,
		private readonly mode: PhaseMode,
	) {
		super(app);
		this.date = context.index.current.today;
		const names = customer.phaseNames;
		this.target = mode === "restart" ? (names[0] ?? "") : (nextPhase(names, customer.phaseIndex) ?? customer.phase ?? names[0] ?? "");
	}

	override onOpen(): void {
		const ui = this.context.ui().phase;
		const { contentEl } = this;
		const c = this.customer;
		contentEl.addClass("kundendossier-phase");
		const title =
			this.mode === "advance"
				? ui.advanceTitle(c.phase ? this.shown(c.phase) : "–", this.shown(this.target))
				: this.mode === "restart"
					? ui.restartTitle(this.shown(this.target))
					: ui.setTitle;
		contentEl.createEl("h3", { text: `${c.name}: ${title}` });
		if (this.mode === "set") {
			new Setting(contentEl).setName(ui.target).addDropdown((d) => {
				for (const name of c.phaseNames) d.addOption(name, this.shown(name));
				d.setValue(this.target).onChange((v) => (this.target = v));
			});
		}
		if (this.mode === "advance") this.renderSignals(contentEl);
		new Setting(contentEl).setName(ui.date).addText((t) => t.setValue(this.date).onChange((v) => (this.date = v.trim())));
		if (this.mode === "restart")
			new Setting(contentEl).setName(ui.reason).addTextArea((t) => t.setPlaceholder(ui.reasonPlaceholder).onChange((v) => (this.reason = v.trim())));
		new Setting(contentEl).addButton((b) =>
			b
				.setButtonText(ui.apply)
				.setCta()
				.onClick(() => void this.apply()),
		);
	}

	private renderSignals(el: HTMLElement): void {
		const ui = this.context.ui().phase;
		const model = createPhaseCatalog(this.context.settings().customPhaseModels).model(this.customer.phaseModel);
		const signals = model?.phases.find((p) => p.name === this.target)?.signals?.[this.context.lang()] ?? [];
		el.createDiv({ cls: "kundendossier-section-title", text: signals.length ? ui.signals : ui.noSignals });
		const list = el.createEl("ul", { cls: "kundendossier-signals" });
		for (const s of signals) list.createEl("li", { text: s });
	}

	/** Checks the move, then writes phase and history in one write. */
	async apply(): Promise<boolean> {
		const ui = this.context.ui();
		if (!isIsoDay(this.date)) return this.refuse(ui.phase.invalidDate);
		if (this.mode !== "restart") {
			const move = checkMove(this.customer.phaseNames, this.customer.phaseIndex, this.target);
			if (!move.ok) return this.refuse(move.reason === "skip" ? ui.phase.skip(move.skipped.map((name) => this.shown(name)).join(", ")) : ui.phase.same);
		}
		const change = { phase: this.target, date: this.date, ...(this.mode === "restart" && this.reason ? { reason: this.reason } : {}) };
		const done = await editFrontmatter(this.app, this.customer.path, (text) => recordPhase(text, change, obsidianYaml), ui);
		if (done) this.close();
		return done;
	}

	/** A phase as the UI's language names it (the value written stays the model's own name). */
	private shown(name: string): string {
		const i = this.customer.phaseNames.indexOf(name);
		return (i < 0 ? undefined : this.customer.phaseLabels[this.context.lang()][i]) ?? name;
	}

	private refuse(message: string): false {
		new Notice(message);
		return false;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
