import type { Lang } from "../i18n/lang";
import type { PhaseModel } from "../phases/model";
import { DEFAULT_TEMPLATE_FOLDERS } from "./template-folders";

/** Where the goals note lies unless set otherwise; `{{jahr}}` (or `{{year}}`) stands for the year. */
export const DEFAULT_GOALS_NOTE = "Notizen/Vertriebsziele {{jahr}}.md";

/** Everything a user can set. Core receives it as a value; it never reads it from anywhere. */
export interface Settings {
	/** Folders whose notes (any depth) are customer notes. */
	customerFolders: string[];
	/** Frontmatter `key: value` pairs that make a note a customer anywhere in the vault. */
	customerMarkers: string[];
	/** Phase model for notes that name none. */
	defaultPhaseModel: string;
	/** User-defined phase models, in addition to the built-in ones. */
	customPhaseModels: PhaseModel[];
	/** Cumulative revenue shares that end class A and class B. */
	abcThresholds: { a: number; b: number };
	/** Days between contacts per class, unless a dossier sets `kontaktintervall`. */
	contactIntervals: { A: number; B: number; C: number };
	/** Daily notes: moment.js file-name format and folder (folder "" means anywhere). */
	dailyNoteFormat: string;
	dailyNoteFolder: string;
	/** Pseudo-activities the user adds to the built-in ones. */
	extraVaguePhrases: string[];
	language: Lang;
	/** How many days ahead the review looks for birthdays. */
	birthdayDays: number;
	/** Folders of templates (any depth): never customers, never activities. */
	templateFolders: string[];
	/** Path of the goals note; `{{jahr}}` stands for the year ("" for none). */
	goalsNote: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	customerFolders: ["Kunden"],
	customerMarkers: ["typ: kunde", "type: customer"],
	defaultPhaseModel: "kundenherz",
	customPhaseModels: [],
	abcThresholds: { a: 0.65, b: 0.85 },
	contactIntervals: { A: 14, B: 30, C: 90 },
	dailyNoteFormat: "YYYY-MM-DD",
	dailyNoteFolder: "",
	extraVaguePhrases: [],
	language: "de",
	birthdayDays: 7,
	templateFolders: [...DEFAULT_TEMPLATE_FOLDERS],
	goalsNote: DEFAULT_GOALS_NOTE,
});

export function withDefaults(partial: Partial<Settings> = {}): Settings {
	return {
		...DEFAULT_SETTINGS,
		...partial,
		abcThresholds: { ...DEFAULT_SETTINGS.abcThresholds, ...partial.abcThresholds },
		contactIntervals: { ...DEFAULT_SETTINGS.contactIntervals, ...partial.contactIntervals },
	};
}
