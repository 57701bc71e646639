import { type Lang, readSettings, readStuckDays, type Settings } from "../../core/api";

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

/**
 * The stored settings, each bad value replaced by its default; `invalid` names those keys, for the
 * settings tab to show until the next save writes the defaults back.
 */
export function readPluginSettings(raw: unknown): { settings: PluginSettings; invalid: string[] } {
	const { settings, problems } = readSettings(raw);
	const src = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
	const invalid = [...problems, ...PLUGIN_KEYS.filter(([key, valid]) => src[key] !== undefined && !valid(src[key])).map(([key]) => key)];
	return { settings: pluginSettings(settings, src), invalid };
}

const isBoolean = (v: unknown) => typeof v === "boolean";
const oneOf =
	(...values: unknown[]) =>
	(v: unknown) =>
		values.includes(v);
/** The plugin's own keys and what a stored value of each must be. */
const PLUGIN_KEYS: ReadonlyArray<[keyof PluginSettings, (value: unknown) => boolean]> = [
	["languageMode", oneOf("auto", "de", "en")],
	["explorerTags", isBoolean],
	["dailyNotesFromCore", isBoolean],
	["addActivityTo", oneOf("customer", "daily")],
	["logContactTo", oneOf("customer", "daily")],
	["customerTemplate", (v) => typeof v === "string"],
];

function pluginSettings(settings: Settings, src: Record<string, unknown>): PluginSettings {
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
