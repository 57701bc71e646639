import { Modal, Setting, type App } from "obsidian";
import { type CustomerRecord, FIELD_KEYS, setScalar } from "../../core/api";
import { obsidianYaml } from "../vault/yaml";
import type { PluginContext } from "../plugin-context";
import { editFrontmatter } from "../vault/edit-frontmatter";

/** ABC setzen: writes only the `abc` key. */
export class AbcModal extends Modal {
	private abc: string;

	constructor(
		app: App,
		private readonly context: PluginContext,
		private readonly customer: CustomerRecord,
	) {
		super(app);
		// The class to write starts from the one written or computed, not from a lift by potential.
		this.abc = customer.abc ?? customer.abcComputed ?? "B";
	}

	override onOpen(): void {
		const ui = this.context.ui();
		this.contentEl.createEl("h3", { text: `${this.customer.name}: ${ui.abc.setTitle}` });
		new Setting(this.contentEl).setName("ABC").addDropdown((d) =>
			d
				.addOption("A", "A")
				.addOption("B", "B")
				.addOption("C", "C")
				.setValue(this.abc)
				.onChange((v) => (this.abc = v)),
		);
		new Setting(this.contentEl).addButton((b) =>
			b
				.setButtonText(ui.phase.apply)
				.setCta()
				.onClick(async () => {
					if (await editFrontmatter(this.app, this.customer.path, (text) => setScalar(text, FIELD_KEYS.abc, this.abc, obsidianYaml), ui)) this.close();
				}),
		);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
