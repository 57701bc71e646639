import { Modal, normalizePath, Notice, Setting, TFile, type App } from "obsidian";
import { createPhaseCatalog, LEBENSZYKLUS, type NewCustomer, newCustomerNote } from "../../core/api";
import { createNote } from "../vault/create-note";
import { obsidianYaml } from "../vault/yaml";
import type { PluginContext } from "../plugin-context";
import { openLine } from "./open-line";

/** "Neuer Kunde": the dossier's first facts; the note is created in the customer folder and opened. */
export class NewCustomerModal extends Modal {
	private readonly input: NewCustomer;

	constructor(
		app: App,
		private readonly context: PluginContext,
	) {
		super(app);
		const model = context.settings().defaultPhaseModel;
		this.input = {
			name: "",
			company: "",
			abc: null,
			phaseModel: model,
			phase: this.models().model(model)?.phases[0]?.name ?? null,
			status: LEBENSZYKLUS.phases[1]?.name ?? null,
		};
	}

	private models() {
		return createPhaseCatalog(this.context.settings().customPhaseModels);
	}

	override onOpen(): void {
		const ui = this.context.ui().newCustomer;
		const { contentEl } = this;
		contentEl.createEl("h3", { text: ui.title });
		new Setting(contentEl).setName(ui.name).addText((t) => t.onChange((v) => (this.input.name = v.trim())));
		new Setting(contentEl).setName(ui.company).addText((t) => t.onChange((v) => (this.input.company = v.trim())));
		new Setting(contentEl).setName(ui.abc).addDropdown((d) =>
			d
				.addOption("", ui.none)
				.addOption("A", "A")
				.addOption("B", "B")
				.addOption("C", "C")
				.onChange((v) => (this.input.abc = v === "A" || v === "B" || v === "C" ? v : null)),
		);
		let phases: HTMLElement | null = null;
		new Setting(contentEl).setName(ui.model).addDropdown((d) => {
			for (const m of this.models().models) d.addOption(m.id, m.name[this.context.lang()]);
			d.setValue(this.input.phaseModel).onChange((v) => {
				this.input.phaseModel = v;
				this.input.phase = this.models().model(v)?.phases[0]?.name ?? null;
				if (phases) this.fillPhases(phases as HTMLSelectElement);
			});
		});
		new Setting(contentEl).setName(ui.phase).addDropdown((d) => {
			phases = d.selectEl;
			this.fillPhases(d.selectEl);
			d.onChange((v) => (this.input.phase = v || null));
		});
		new Setting(contentEl).setName(ui.status).addDropdown((d) => {
			for (const p of LEBENSZYKLUS.phases) d.addOption(p.name, p.name);
			d.setValue(this.input.status ?? "").onChange((v) => (this.input.status = v));
		});
		new Setting(contentEl).addButton((b) =>
			b
				.setButtonText(ui.create)
				.setCta()
				.onClick(() => void this.create()),
		);
	}

	private fillPhases(select: HTMLSelectElement): void {
		select.empty();
		for (const p of this.models().model(this.input.phaseModel)?.phases ?? []) select.createEl("option", { text: p.name, attr: { value: p.name } });
		select.value = this.input.phase ?? "";
	}

	async create(): Promise<TFile | null> {
		const ui = this.context.ui().newCustomer;
		const name = this.input.name.replace(/[\\/:*?"<>|#^[\]]/g, " ").trim();
		if (!name) return this.refuse(ui.nameMissing);
		const folder = this.context.settings().customerFolders[0] ?? "";
		const path = normalizePath(`${folder ? `${folder}/` : ""}${name}.md`);
		if (this.app.vault.getAbstractFileByPath(path)) return this.refuse(ui.exists(path));
		const templatePath = this.context.settings().customerTemplate;
		const templateFile = templatePath ? this.app.vault.getAbstractFileByPath(normalizePath(templatePath)) : null;
		const template = templateFile instanceof TFile ? await this.app.vault.read(templateFile) : null;
		const note = newCustomerNote({ ...this.input, name }, this.context.index.current.today, template, obsidianYaml);
		if (!note.ok) return this.refuse(this.context.ui().frontmatter.refused[note.reason]);
		const file = await createNote(this.app, path, note.text);
		this.close();
		await openLine(this.app, file.path, 1);
		return file;
	}

	private refuse(message: string): null {
		new Notice(message);
		return null;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
