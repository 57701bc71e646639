import { Notice, type App } from "obsidian";
import { type Activity, createDateExtractor, type IsoDay, pinDate } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";
import { writeLine } from "./write-line";
import { writeLines } from "./write-lines";

const dates = createDateExtractor();

/** An open activity whose date floats, with the day it means today. Done ones keep their words: their day is past. */
type Floating = Activity & { date: string };

export function isFloating(a: Activity): a is Floating {
	return a.floating && a.status === "open" && a.date !== null;
}

/** The floating activities of a note, one per line (an item of several customers is indexed once for each). */
export function floatingLines(activities: readonly Activity[], path: string): Floating[] {
	const lines = new Map<number, Floating>();
	for (const a of activities) if (a.path === path && isFloating(a) && !lines.has(a.line)) lines.set(a.line, a);
	return [...lines.values()];
}

/** "Datum festschreiben" for one activity: its words become the day they mean `today`, verified as every write is. */
export function pinActivityDate(app: App, a: Activity, today: IsoDay, ui: UiStrings): Promise<boolean> {
	if (!isFloating(a)) return Promise.resolve(false);
	return writeLine(app, a, (raw) => pinDate(raw, a.date, dates, today), ui);
}

/** Every floating date of a note in one write, or none when any line changed since it was indexed. */
export async function pinNoteDates(app: App, path: string, activities: readonly Activity[], today: IsoDay, ui: UiStrings): Promise<number> {
	const lines = floatingLines(activities, path);
	const result = await writeLines(
		app,
		path,
		lines.map((a) => ({ target: a, edit: (raw: string) => pinDate(raw, a.date, dates, today) })),
	);
	if (result.ok) new Notice(ui.pinDate.done(result.changed));
	else new Notice("missing" in result ? ui.tasks.refused.missing : ui.pinDate.refused(result.refused));
	return result.ok ? result.changed : 0;
}
