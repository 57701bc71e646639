/**
 * The Tasks plugin's emoji fields and the Dataview field names of dates, in one table that the date
 * reader, the line edits and the action text read. Each field lists every emoji Tasks accepts for it,
 * the one it writes first; a variation selector (U+FE0F) may follow any of them.
 */
export const TASKS_DATE_EMOJI = {
	due: ["📅", "📆", "🗓"],
	scheduled: ["⏳", "⌛"],
	start: ["🛫"],
	done: ["✅"],
	created: ["➕"],
	cancelled: ["❌"],
} as const;

export type TasksDateField = keyof typeof TASKS_DATE_EMOJI;

/** What Tasks writes for each date field. */
export const DUE_EMOJI = TASKS_DATE_EMOJI.due[0];
export const DONE_EMOJI = TASKS_DATE_EMOJI.done[0];

/** The fields that plan an activity: they move with a recurring series and are what a new date replaces. */
export const PLANNING_FIELDS = ["due", "scheduled", "start"] as const satisfies readonly TasksDateField[];

export const PRIORITY_EMOJI = ["⏫", "🔼", "🔽", "⏬", "🔺"] as const;
export const RECURRENCE_EMOJI = "🔁";
export const ID_EMOJI = ["🆔", "⛔"] as const;

/** Every date emoji, as a pattern alternation (each may carry a variation selector). */
export const emojiPattern = (fields: readonly TasksDateField[]) => fields.flatMap((field) => TASKS_DATE_EMOJI[field]).join("|");

/**
 * Dataview inline fields of an activity's dates, by folded key (`fällig` → `faellig`): `[fällig:: 2026-12-01]`.
 * `never`: created and cancelled are taken out of the text unread, never the activity's date.
 */
export const DATAVIEW_DATE_FIELDS: Readonly<Record<string, "due" | "scheduled" | "start" | "done" | "never">> = {
	faellig: "due",
	due: "due",
	termin: "due",
	datum: "due",
	date: "due",
	deadline: "due",
	frist: "due",
	bis: "due",
	geplant: "scheduled",
	scheduled: "scheduled",
	start: "start",
	beginn: "start",
	erledigt: "done",
	completion: "done",
	completed: "done",
	done: "done",
	abgeschlossen: "done",
	created: "never",
	erstellt: "never",
	angelegt: "never",
	cancelled: "never",
	canceled: "never",
	abgebrochen: "never",
	storniert: "never",
};
