import { Modal, Setting, type App } from "obsidian";
import { type Activity, concretizeDraft, createDateExtractor, dossierPeople, keepPlannedDates, previewActivity, withNewDate } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { formatDay } from "../render/format";
import { composeConcrete } from "./compose-concrete";

/**
 * "Konkretisieren": rewrite a vague activity with what a concrete one names. The date field reads
 * German and English as typed and shows the day it resolves to; the result is checked live. A
 * floating date can instead be pinned as it stands ("Datum festschreiben"), one write of its line.
 */
export class ConcretizeModal extends Modal {
	private text: string;
	private when = "";
	private person = "";
	private readonly dates = createDateExtractor();

	constructor(
		app: App,
		private readonly context: PluginContext,
		private readonly activity: Activity,
		private readonly onSave: (text: string) => void,
		private readonly onPin?: () => void,
	) {
		super(app);
		this.text = concretizeDraft(activity.text);
	}

	override onOpen(): void {
		const ui = this.context.ui().concretize;
		const { contentEl } = this;
		contentEl.addClass("kundendossier-concretize");
		contentEl.createEl("h3", { text: ui.title });
		new Setting(contentEl).setName(ui.text).addTextArea((t) => t.setValue(this.text).onChange((v) => ((this.text = v), this.update())));
		const date = new Setting(contentEl).setName(ui.date).addText((t) => t.setPlaceholder(ui.datePlaceholder).onChange((v) => ((this.when = v), this.update())));
		this.resolvedEl = date.descEl.createDiv({ cls: "kundendossier-resolved" });
		new Setting(contentEl).setName(ui.person).addText((t) => t.setPlaceholder(ui.personPlaceholder).onChange((v) => ((this.person = v), this.update())));
		this.verdictEl = contentEl.createDiv({ cls: "kundendossier-verdict" });
		this.renderPin(contentEl);
		new Setting(contentEl)
			.addButton((b) => b.setButtonText(ui.cancel).onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(ui.save)
					.setCta()
					.onClick(() => {
						this.onSave(this.result().text);
						this.close();
					}),
			);
		this.update();
	}

	/** For a floating date: the words become the day they mean today. */
	private renderPin(contentEl: HTMLElement): void {
		const { date, floating } = this.activity;
		const pin = this.onPin;
		if (!floating || !date || !pin || this.activity.status !== "open") return;
		const ui = this.context.ui().pinDate;
		new Setting(contentEl)
			.setName(ui.action)
			.setDesc(ui.title(formatDay(date, this.context.lang())))
			.addButton((b) =>
				b.setButtonText(ui.action).onClick(() => {
					pin();
					this.close();
				}),
			);
	}

	private resolvedEl: HTMLElement | null = null;
	private verdictEl: HTMLElement | null = null;

	private result() {
		const today = this.context.index.current.today;
		const date = this.when.trim() ? (this.dates.firstDate(this.when, today)?.date ?? null) : null;
		const text = composeConcrete(this.text, null, this.person, this.context.lang());
		// Only a date the user gives replaces the planned ones the line had, and a day the text names.
		return { date, text: date ? withNewDate(text, date, this.dates, today) : keepPlannedDates(this.activity.text, text) };
	}

	private update(): void {
		const ui = this.context.ui().concretize;
		const lang = this.context.lang();
		const { date, text } = this.result();
		this.resolvedEl?.setText(this.when.trim() ? (date ? ui.resolved(formatDay(date, lang)) : ui.noDate) : "");
		const { index } = this.context;
		const customer = index.current.customers.find((c) => c.path === this.activity.customer);
		const people = customer ? dossierPeople(customer.dossier) : [];
		const preview = previewActivity(
			{ text, reference: index.current.today, people, extraPhrases: this.context.settings().extraVaguePhrases, date },
			this.dates,
			lang,
		);
		this.verdictEl?.setText(preview.message);
		this.verdictEl?.toggleClass("mod-warning", preview.vague);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
