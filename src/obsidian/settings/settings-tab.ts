import { PluginSettingTab, type App, type Plugin } from "obsidian";
import { createPhaseCatalog } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import type { PluginSettings } from "./plugin-settings";
import type { Section } from "./section";
import { abcSection } from "./sections/abc-section";
import { customersSection } from "./sections/customers-section";
import { dailyNotesSection } from "./sections/daily-notes-section";
import { displaySection } from "./sections/display-section";
import { overviewSection } from "./sections/overview-section";
import { phaseModelsSection } from "./sections/phase-models-section";
import { vaguenessSection } from "./sections/vagueness-section";

const SECTIONS: Section[] = [
	customersSection,
	phaseModelsSection,
	abcSection,
	overviewSection,
	dailyNotesSection,
	vaguenessSection,
	goalsSection,
	displaySection,
];
import { goalsSection } from "./sections/goals-section";

/** The settings tab: only composes the sections, each in its own file. */
export class KundendossierSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly context: PluginContext,
		private readonly save: (patch: Partial<PluginSettings>) => Promise<void>,
		/** Stored keys whose values failed validation: shown, never silently dropped. */
		private readonly invalid: () => readonly string[] = () => [],
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const settings = this.context.settings();
		const lang = this.context.lang();
		const models = createPhaseCatalog(settings.customPhaseModels).models.map((m) => ({ id: m.id, name: m.name[lang] }));
		const invalid = this.invalid();
		if (invalid.length > 0) containerEl.createDiv({ cls: "kundendossier-setting-error mod-warning", text: this.context.ui().settings.storedInvalid(invalid) });
		for (const section of SECTIONS) section(containerEl, { settings, ui: this.context.ui(), save: this.save, models });
	}
}
