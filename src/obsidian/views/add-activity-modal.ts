import { createDateExtractor, type CustomerRecord, dossierPeople, DUE_EMOJI, previewActivity } from "../../core/api";
import { Modal, Setting, type App } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { formatDay } from "../render/format";

/**
 * "Aktivität hinzufügen": a text field that shows the date it resolves to (German or English, as
 * typed) and warns live when the activity is vague, with the suggestion. Saves `- [ ] text 📅 date`.
 */
export class AddActivityModal extends Modal {
	private text = "";
	private previewEl: HTMLElement | null = null;
	private verdictEl: HTMLElement | null = null;
	private readonly dates = createDateExtractor();

	constructor(
		app: App,
		private readonly context: PluginContext,
		private readonly customer: CustomerRecord,
		private readonly onSave: (line: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const ui = this.context.ui().addActivity;
		const { contentEl } = this;
		contentEl.addClass("kundendossier-add-activity");
		contentEl.createEl("h3", { text: ui.title(this.customer.name) });
		const field = new Setting(contentEl).setName(ui.text).addText((t) => {
			t.setPlaceholder(ui.placeholder).onChange((v) => ((this.text = v), this.update()));
			t.inputEl.addEventListener("keydown", (e) => e.key === "Enter" && this.save());
		});
		this.previewEl = field.descEl.createDiv({ cls: "kundendossier-resolved" });
		this.verdictEl = contentEl.createDiv({ cls: "kundendossier-verdict" });
		new Setting(contentEl).addButton((b) =>
			b
				.setButtonText(ui.save)
				.setCta()
				.onClick(() => this.save()),
		);
		this.update();
	}

	/** The line to write: the text as typed, plus the Tasks due date it resolved to (unless it has one). */
	line(): string | null {
		const text = this.text.trim();
		if (!text) return null;
		const date = this.dates.extract(text, this.context.index.current.today).date;
		const due = date && !text.includes(DUE_EMOJI) ? ` ${DUE_EMOJI} ${date}` : "";
		return `- [ ] ${text}${due}`;
	}

	private update(): void {
		const ui = this.context.ui().addActivity;
		const lang = this.context.lang();
		const request = {
			text: this.text,
			reference: this.context.index.current.today,
			people: dossierPeople(this.customer.dossier),
			extraPhrases: this.context.settings().extraVaguePhrases,
		};
		const preview = previewActivity(request, this.dates, lang);
		this.previewEl?.setText(this.text.trim() ? (preview.date ? ui.resolved(formatDay(preview.date, lang)) : ui.noDate) : "");
		this.verdictEl?.setText(preview.message);
		this.verdictEl?.toggleClass("mod-warning", preview.vague);
	}

	private save(): void {
		const line = this.line();
		if (!line) return;
		this.onSave(line);
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
