import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fillDailyTemplate, formatDailyNoteName, type IsoDay, type Messages, replaceReviewSection, type Settings } from "../core/api";
import { errorCode, readRegularFile } from "./read-file";
import { dailyNotesConfig } from "./vault-settings";

/** What `review --insert` did: the exit code and the sentence that says so. */
export interface InsertOutcome {
	code: 0 | 2;
	message: string;
}

/** Where and how `review --insert` writes: the vault's folder, its settings, the review's day and the texts. */
export interface ReviewTarget {
	root: string;
	settings: Settings;
	day: IsoDay;
	t: Messages;
}

/**
 * `review --insert`: the review between its markers in the day's daily note, as the plugin's command
 * writes it. The note is created (from the Daily notes template) when missing. The new text goes to a
 * temporary file that replaces the note only if the note still holds what was read: a note edited
 * meanwhile is left alone. A second run with the same review changes nothing.
 */
export function insertReview(review: string, { root, settings, day, t }: ReviewTarget): InsertOutcome {
	const name = formatDailyNoteName(day, settings.dailyNoteFormat, settings.language) ?? day;
	const path = `${settings.dailyNoteFolder ? `${settings.dailyNoteFolder.replace(/\/+$/, "")}/` : ""}${name}.md`;
	const full = join(root, path);
	const read = current(full);
	if (!read.ok) return { code: 2, message: t.insert.unwritable(path, t.errors.notAFile()) };
	const before = read.text;
	const base = before ?? template(root, day, name.slice(name.lastIndexOf("/") + 1));
	const result = replaceReviewSection(base, review);
	if (!result.ok) return { code: 2, message: t.insert.refused[result.reason](path) };
	if (before !== null && result.text === before) return { code: 0, message: t.insert.unchanged(path) };
	const temporary = `${full}.kundendossier-${process.pid}.tmp`;
	try {
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(temporary, result.text, { encoding: "utf8", flag: "wx" });
		const now = current(full);
		if (!now.ok || now.text !== before) {
			rmSync(temporary, { force: true });
			return { code: 2, message: t.insert.changed(path) };
		}
		renameSync(temporary, full);
	} catch (error) {
		rmSync(temporary, { force: true });
		return { code: 2, message: t.insert.unwritable(path, t.errors.fileSystem(errorCode(error))) };
	}
	return { code: 0, message: t.insert.inserted(path) };
}

/** The note's text, null when there is none; not ok for a pipe, a device or a folder in its place. */
function current(full: string): { ok: true; text: string | null } | { ok: false } {
	if (!existsSync(full)) {
		try {
			lstatSync(full);
		} catch {
			return { ok: true, text: null };
		}
	}
	const read = readRegularFile(full);
	return "text" in read ? { ok: true, text: read.text } : { ok: false };
}

/** The Daily notes (or Periodic Notes) template with {{date}} and {{title}} filled in, as Obsidian creates a daily note. */
function template(root: string, day: IsoDay, title: string): string {
	const options = dailyNotesConfig(root);
	const path = typeof options?.template === "string" ? options.template.trim() : "";
	if (!path) return "";
	const read = readRegularFile(join(root, path.endsWith(".md") ? path : `${path}.md`));
	if (!("text" in read)) return "";
	return fillDailyTemplate(read.text, day, title);
}
