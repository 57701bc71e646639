import type { Lang } from "../../core/i18n/lang";
import { readStuckDays } from "../../core/overview/stuck-days";
import { readSettings } from "../../core/settings/validate";
import type { Settings } from "../../core/settings/settings";

/** Core settings plus what only the plugin needs. Stored in data.json, which the CLI reads too. */
export interface PluginSettings extends Settings {
	/** "auto" follows Obsidian's language; `language` then holds the resolved one (the CLI reads that). */
	languageMode: "auto" | Lang;
	explorerTags: boolean;
	/** Take format and folder of daily notes from the core Daily notes plugin when it is on. */
	dailyNotesFromCore: boolean;
	/** Where "Aktivität hinzufügen" writes. */
	addActivityTo: "customer" | "daily";
	/** Where "Kontakt erfassen" writes. */
	logContactTo: "customer" | "daily";
	/** Note used as template for "Neuer Kunde" ("" for the built-in dossier skeleton). */
	customerTemplate: string;
	/** Days in one phase after which the overview calls a customer stuck, per model id (defaults for the rest). */
	stuckDays: Record<string, number>;
}

export function readPluginSettings(raw: unknown): PluginSettings {
	const { settings } = readSettings(raw);
	const src = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
	const mode = src.languageMode;
	return {
		...settings,
		languageMode: mode === "de" || mode === "en" ? mode : "auto",
		explorerTags: typeof src.explorerTags === "boolean" ? src.explorerTags : true,
		dailyNotesFromCore: typeof src.dailyNotesFromCore === "boolean" ? src.dailyNotesFromCore : true,
		addActivityTo: src.addActivityTo === "daily" ? "daily" : "customer",
		logContactTo: src.logContactTo === "customer" ? "customer" : "daily",
		customerTemplate: typeof src.customerTemplate === "string" ? src.customerTemplate.trim() : "",
		stuckDays: readStuckDays(src.stuckDays),
	};
}
