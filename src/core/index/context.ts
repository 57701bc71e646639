import { createDateExtractor, type DateExtractor } from "../dates/extract";
import { byLanguage, type BlockParser, type YamlLoader } from "../frontmatter/parse";
import { messages } from "../i18n";
import type { Messages } from "../i18n/messages";
import { dailyNoteMatcher, type DailyNoteMatcher } from "../markdown/daily-note";
import type { IsoDay } from "../model/day";
import { createPhaseCatalog, type PhaseCatalog } from "../phases/catalog";
import type { PhaseState } from "../phases/evaluate";
import type { Dossier } from "../dossier/dossier";
import { createVaguenessMemo, type VaguenessMemo } from "../vagueness/memo";
import type { Settings } from "../settings/settings";
import { readMarkers, type Marker } from "./customer-marker";

/** What every step of indexing needs, made once per run: settings, the day, parsers, texts. */
export interface IndexContext {
	settings: Settings;
	today: IsoDay;
	dates: DateExtractor;
	daily: DailyNoteMatcher;
	catalog: PhaseCatalog;
	markers: Marker[];
	t: Messages;
	/** Reads frontmatter YAML: js-yaml in the CLI, Obsidian's parser in the plugin. */
	yaml: YamlLoader;
	/** Picks the engine for a frontmatter block's language: core's lookup, gray-matter in the CLI. */
	parseBlock: BlockParser;
	/** Patterns the vagueness rules compile once per run (people's surnames, the user's phrases). */
	vagueness: VaguenessMemo;
	/** A dossier never changes once read: its phases are judged once per run, not on every linked edit. */
	phaseStates: WeakMap<Dossier, PhaseState>;
}

export function createIndexContext(settings: Settings, today: IsoDay, yaml: YamlLoader, parseBlock: BlockParser = byLanguage): IndexContext {
	return {
		yaml,
		parseBlock,
		settings,
		today,
		dates: createDateExtractor(),
		daily: dailyNoteMatcher(settings.dailyNoteFormat),
		catalog: createPhaseCatalog(settings.customPhaseModels),
		markers: readMarkers(settings.customerMarkers),
		t: messages(settings.language),
		vagueness: createVaguenessMemo(),
		phaseStates: new WeakMap(),
	};
}
