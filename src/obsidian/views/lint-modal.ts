import { Modal, type App } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { openLine } from "./open-line";

/** "Vault prüfen": every customer problem and unreadable note, each a link to the note. */
export class LintModal extends Modal {
	constructor(
		app: App,
		private readonly context: PluginContext,
	) {
		super(app);
	}

	override onOpen(): void {
		const ui = this.context.ui().lint;
		const index = this.context.index.current;
		const { contentEl } = this;
		contentEl.addClass("kundendossier-lint");
		contentEl.createEl("h3", { text: ui.title });
		const withProblems = index.customers.filter((c) => c.problems.length > 0);
		if (withProblems.length === 0 && index.errors.length === 0) {
			contentEl.createDiv({ cls: "kundendossier-empty", text: ui.none });
			return;
		}
		contentEl.createDiv({
			cls: "kundendossier-hint",
			text: ui.summary(
				withProblems.reduce((n, c) => n + c.problems.length, 0),
				withProblems.length,
				index.errors.length,
			),
		});
		const list = contentEl.createEl("ul");
		const link = (parent: HTMLElement, path: string, label: string) => {
			const a = parent.createEl("a", { text: label, attr: { href: "#", "data-path": path } });
			a.addEventListener("click", (e) => {
				e.preventDefault();
				this.close();
				void openLine(this.app, path, 1);
			});
		};
		for (const c of withProblems) {
			const item = list.createEl("li");
			link(item, c.path, c.name);
			const problems = item.createEl("ul");
			for (const p of c.problems) problems.createEl("li", { text: p.message, attr: { "data-code": p.code } });
		}
		for (const e of index.errors) {
			if (withProblems.some((c) => c.path === e.path)) continue;
			const item = list.createEl("li");
			link(item, e.path, e.path);
			item.createEl("ul").createEl("li", { text: e.message });
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
