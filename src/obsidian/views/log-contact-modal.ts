import { Modal, Setting, type App } from "obsidian";
import { type ContactEntry, type CustomerRecord, readTime } from "../../core/api";
import type { ContactKind } from "../i18n/ui-strings";
import type { PluginContext } from "../plugin-context";

const KINDS: ContactKind[] = ["call", "visit", "mail", "meeting", "note"];

/** "Kontakt erfassen": the kind of contact, a note line and an optional time; one step. */
export class LogContactModal extends Modal {
	private kind: ContactKind = "call";
	private note = "";
	private time = "";
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly context: PluginContext,
		private readonly customer: CustomerRecord,
		private readonly onSave: (entry: ContactEntry) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const ui = this.context.ui().logContact;
		const { contentEl } = this;
		contentEl.addClass("kundendossier-log-contact");
		contentEl.createEl("h3", { text: ui.title(this.customer.name) });
		new Setting(contentEl).setName(ui.kind).addDropdown((d) => {
			for (const kind of KINDS) d.addOption(kind, ui.kinds[kind]);
			d.setValue(this.kind).onChange((v) => (this.kind = KINDS.find((k) => k === v) ?? "call"));
		});
		new Setting(contentEl).setName(ui.note).addText((t) => {
			t.setPlaceholder(ui.notePlaceholder).onChange((v) => (this.note = v));
			t.inputEl.addClass("kundendossier-log-contact-note");
			t.inputEl.addEventListener("keydown", (e) => e.key === "Enter" && this.save());
		});
		const time = new Setting(contentEl)
			.setName(ui.time)
			.setDesc(ui.timeDesc)
			.addText((t) => {
				t.setPlaceholder("10:15").onChange((v) => (this.time = v));
				t.inputEl.addClass("kundendossier-log-contact-time");
				t.inputEl.addEventListener("keydown", (e) => e.key === "Enter" && this.save());
			});
		this.errorEl = time.descEl.createDiv({ cls: "kundendossier-setting-error mod-warning" });
		new Setting(contentEl).addButton((b) =>
			b
				.setButtonText(ui.save)
				.setCta()
				.onClick(() => this.save()),
		);
	}

	private save(): void {
		const time = readTime(this.time);
		if (time === undefined) return void this.errorEl?.setText(this.context.ui().logContact.badTime);
		this.onSave({ kind: this.context.ui().logContact.kinds[this.kind], note: this.note, time });
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
