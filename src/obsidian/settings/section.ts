import type { UiStrings } from "../i18n/ui-strings";
import type { PluginSettings } from "./plugin-settings";

/** What a settings section gets: current values, texts, and a way to save a change. */
export interface SectionContext {
	settings: PluginSettings;
	ui: UiStrings;
	/** Saves a change; the index rebuilds when it affects it. */
	save: (patch: Partial<PluginSettings>) => Promise<void>;
	/** Available phase models (built-in and custom) as id → name. */
	models: Array<{ id: string; name: string }>;
}

export type Section = (container: HTMLElement, context: SectionContext) => void;

/** Shows a validation message under a setting, or clears it. */
export function showError(setting: { descEl: HTMLElement }, message: string | null): void {
	setting.descEl.querySelector(".kundendossier-setting-error")?.remove();
	if (message) setting.descEl.createDiv({ cls: "kundendossier-setting-error mod-warning", text: message });
}

export function lines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
}
