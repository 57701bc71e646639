/** The plugin's texts for the sales goals: command, notices, block and setting. */
export interface GoalsUi {
	createCommand: string;
	/** The goals note is there already: not overwritten, opened instead. */
	exists(path: string): string;
	created(path: string): string;
	/** The block when no goals note is found. */
	noNote(path: string): string;
	/** The block's heading link: „Ziele aus …“. */
	source: string;
	setting: { heading: string; name: string; desc: string };
}

export const goalsUiDe: GoalsUi = {
	createCommand: "Verkaufsziele anlegen",
	exists: (path) => `${path} gibt es schon; nichts überschrieben, die Notiz wird geöffnet.`,
	created: (path) => `Verkaufsziele angelegt: ${path}`,
	noNote: (path) => `Keine Zielnotiz gefunden (${path}). Befehl „Verkaufsziele anlegen“ legt sie an.`,
	source: "Ziele aus",
	setting: {
		heading: "Verkaufsziele",
		name: "Zielnotiz",
		desc: "Pfad der Notiz mit den Verkaufszielen im Frontmatter. {{jahr}} steht für das laufende Jahr; fehlt dessen Notiz, gilt die des nächsten Jahres. Leer: keine Ziele.",
	},
};

export const goalsUiEn: GoalsUi = {
	createCommand: "Create sales goals",
	exists: (path) => `${path} exists already; nothing overwritten, the note is opened.`,
	created: (path) => `Sales goals created: ${path}`,
	noNote: (path) => `No goals note found (${path}). The command "Create sales goals" creates it.`,
	source: "Goals from",
	setting: {
		heading: "Sales goals",
		name: "Goals note",
		desc: "Path of the note whose frontmatter sets the sales goals. {{jahr}} stands for the current year; without that note, next year's applies. Empty: no goals.",
	},
};
