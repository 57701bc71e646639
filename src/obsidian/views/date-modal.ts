import { Modal, type App } from "obsidian";
import type { UiStrings } from "../i18n/ui-strings";

/** "Datum wählen…": one date field; the activity moves there on "Verschieben" (or Enter). */
export class DateModal extends Modal {
	constructor(
		app: App,
		private readonly ui: UiStrings,
		private readonly initial: string,
		private readonly pick: (date: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { tasks } = this.ui;
		this.contentEl.addClass("kundendossier-date-modal");
		this.contentEl.createEl("h3", { text: tasks.pickDate });
		const input = this.contentEl.createEl("input", { attr: { type: "date", "aria-label": tasks.pickDate } });
		input.value = this.initial;
		const buttons = this.contentEl.createDiv({ cls: "modal-button-container" });
		const submit = () => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
			this.close();
			this.pick(input.value);
		};
		buttons.createEl("button", { cls: "mod-cta", text: tasks.move }).addEventListener("click", submit);
		buttons.createEl("button", { text: tasks.cancel }).addEventListener("click", () => this.close());
		input.addEventListener("keydown", (e) => e.key === "Enter" && submit());
		input.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
