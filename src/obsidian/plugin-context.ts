import type { App } from "obsidian";
import type { Lang } from "../core/api";
import type { UiStrings } from "./i18n/ui-strings";
import type { LiveIndex } from "./index/live-index";
import type { CardOptions } from "./render/dossier-card";
import type { PluginSettings } from "./settings/plugin-settings";

/** What views, blocks and commands get from the plugin: passed in, never a global. */
export interface PluginContext {
	app: App;
	index: LiveIndex;
	settings: () => PluginSettings;
	lang: () => Lang;
	ui: () => UiStrings;
	cardOptions: () => CardOptions;
}
