import { readDossier } from "../dossier/read-dossier";
import type { LineDates as AllLineDates } from "../dates/extract";

/** The dates the index keeps of a line so far. */
type LineDates = Pick<AllLineDates, "date" | "doneDate">;
import { readDay } from "../dossier/values";
import { expansionProblem } from "../frontmatter/expansion";
import { parseFrontmatter, type FrontmatterData, type FrontmatterError } from "../frontmatter/parse";
import { findLinks } from "../markdown/links";
import { findFrontmatter, unclosedFrontmatter } from "../markdown/frontmatter-block";
import { scanNote, type ScannedNote } from "../markdown/scan";
import type { ActivityStatus } from "../model/activity";
import type { IsoDay } from "../model/day";
import { LineIndex } from "../text/line-index";
import type { IndexContext } from "./context";
import { inCustomerFolder, inFolder, markedAsCustomer, mayBeMarked } from "./customer-marker";
import type { NoteInput, ParsedItem, ParsedNote } from "./note";
import { scanFromMetadata } from "./pre-parsed";

/** Notes beyond this size are reported, not read: nobody writes a 20 MB dossier by hand. */
export const MAX_NOTE_BYTES = 20 * 1024 * 1024;

/**
 * Parses one note into plain data, independent of every other note, so a changed note can be
 * re-parsed alone. YAML is parsed only for notes that may be customers (by folder or by a
 * `typ:`/`type:` line), dates only for items that may become activities.
 */
export function parseNote(note: NoteInput, ctx: IndexContext, previous?: ParsedNote): ParsedNote {
	const name = note.path.slice(note.path.lastIndexOf("/") + 1);
	const basename = name.slice(-3).toLowerCase() === ".md" ? name.slice(0, -3) : name;
	const base: ParsedNote = { path: note.path, basename, customer: null, frontmatterError: null, unreadable: null, dailyDate: null, items: [] };
	if (note.text.length > MAX_NOTE_BYTES) {
		return { ...base, unreadable: ctx.t.errors.tooLarge(note.text.length / 1024 / 1024, MAX_NOTE_BYTES / 1024 / 1024) };
	}
	const encoding = unsupportedEncoding(note.text);
	if (encoding) return { ...base, unreadable: encoding === "utf-16" ? ctx.t.errors.utf16() : ctx.t.errors.crOnly() };
	const lines = new LineIndex(note.text);
	const block = findFrontmatter(lines);
	const byFolder = inCustomerFolder(note.path, ctx.settings.customerFolders);
	let data: FrontmatterData = note.metadata?.frontmatter ?? {};
	let frontmatterError: FrontmatterError | null = null;
	const cached = note.metadata?.frontmatter;
	// Obsidian's own parse of an alias bomb: measured, never walked.
	const expansion = cached ? expansionProblem(cached, note.text.length) : null;
	if (expansion) {
		data = {};
		frontmatterError = { line: null, reason: expansion, kind: "expansion" };
	}
	if (!cached && block && (byFolder || mayBeMarked(block.lines, ctx.markers) || block.language !== "")) {
		const parsed = parseFrontmatter(block, ctx.yaml);
		data = parsed.data;
		frontmatterError = parsed.error;
	}
	if (!block && unclosedFrontmatter(lines) && (byFolder || mayBeMarked(allLines(lines), ctx.markers))) {
		frontmatterError = { line: 1, reason: "unclosed", kind: "unclosed" };
	}
	const isCustomer = byFolder || markedAsCustomer(data, ctx.markers);
	// Outside customer notes only items with a link can become activities: the others are never parsed.
	const keep = isCustomer ? "all" : "linked";
	const scanned = note.metadata ? scanFromMetadata(lines, note.metadata, keep, block) : scanNote(lines, keep, block);
	const yamlLines = block && /^(ya?ml)?$/i.test(block.language) ? block.lines : null;
	const dossier = isCustomer ? readDossier(data, yamlLines) : null;
	const dailyDate = inFolder(note.path, ctx.settings.dailyNoteFolder) ? ctx.daily.dateOf(basename) : null;
	const created = dossier ? dossier.created : createdFromLines(scanned);
	const items = readItems(scanned, isCustomer, dailyDate, created, ctx, earlierDates(previous));
	return { ...base, customer: dossier ? { dossier } : null, frontmatterError, dailyDate, items };
}

/**
 * Encodings the index cannot read line by line: UTF-16 (read as UTF-8 it starts with two replacement
 * characters and has a NUL in every other place) and lines ended by CR alone (old Mac files), where
 * the whole note would be one line. Both are reported rather than read as a note without frontmatter.
 */
function unsupportedEncoding(text: string): "utf-16" | "cr-only" | null {
	const head = text.slice(0, 64);
	if (/^(?:\uFFFD\uFFFD|\uFEFF)?(?:[^\0]\0|\0[^\0])/.test(head) && head.includes("\0")) return "utf-16";
	if (!text.includes("\n") && /\r./s.test(text)) return "cr-only";
	return null;
}

function allLines(lines: LineIndex): string[] {
	return Array.from({ length: lines.length }, (_, i) => lines.at(i));
}

const NO_EARLIER_DATES: ReadonlyMap<string, LineDates> = new Map();

/** Dates read in the note's previous parse, by reference and line text: an edit rarely touches more than one line. */
function earlierDates(previous: ParsedNote | undefined): ReadonlyMap<string, LineDates> {
	if (!previous?.items.length) return NO_EARLIER_DATES;
	const byLine = new Map<string, LineDates>();
	for (const item of previous.items) byLine.set(`${item.reference}\n${item.text}`, { date: item.ownDate, doneDate: item.ownDoneDate });
	return byLine;
}

function readItems(scanned: ScannedNote, isCustomer: boolean, dailyDate: IsoDay | null, created: IsoDay | null, ctx: IndexContext, earlier: ReadonlyMap<string, LineDates>): ParsedItem[] {
	const fallback = dailyDate ?? created ?? ctx.today;
	// The reference is the nearest heading above that carries a date (CONTRACT). Items come in line
	// order, so the reference of the last item's heading is carried along: each heading is read at most once.
	let [lastHeading, lastReference] = [-1, fallback];
	const reference = (heading: number): IsoDay => {
		if (heading < lastHeading) [lastHeading, lastReference] = [-1, fallback];
		for (let h = heading; h > lastHeading; h--) {
			const date = headingDate(scanned.headings[h]?.text ?? "", fallback, ctx);
			if (date) {
				lastReference = date;
				break;
			}
		}
		lastHeading = heading;
		return lastReference;
	};
	const items: ParsedItem[] = [];
	for (const item of scanned.items) {
		// Links decide only outside customer notes: there an item counts once per linked customer.
		const links = isCustomer ? [] : findLinks(item.text);
		if (!isCustomer && links.length === 0) continue;
		const status = statusOf(item.checkbox);
		const from = reference(item.heading);
		const own = (earlier.size > 0 ? earlier.get(`${from}\n${item.text}`) : undefined) ?? ctx.dates.extract(item.text, from);
		const date = own.date ?? dailyDate;
		items.push({
			line: item.index + 1,
			raw: item.raw,
			text: item.text,
			status,
			hasCheckbox: item.checkbox !== null,
			ownDate: own.date,
			ownDoneDate: own.doneDate,
			reference: from,
			date,
			doneDate: own.doneDate ?? (status === "done" ? date : null),
			links,
		});
	}
	return items;
}

/** Headings set the reference only with an absolute date ("## 2026-11-02 Planung"), never "## Nächste Woche". */
function headingDate(text: string, fallback: IsoDay, ctx: IndexContext): IsoDay | null {
	const found = ctx.dates.firstDate(text, fallback);
	return found && !found.relative ? found.date : null;
}

function statusOf(checkbox: string | null): ActivityStatus {
	if (checkbox === "x" || checkbox === "X") return "done";
	if (checkbox === "-") return "cancelled";
	return "open";
}

/** `erstellt`/`created` of a note whose YAML was not parsed, read from its line. */
function createdFromLines(scanned: ScannedNote): IsoDay | null {
	for (const line of scanned.frontmatter?.lines ?? []) {
		const m = /^\s*["']?(?:erstellt|created)["']?\s*:\s*["']?([^"'#\s]+)/i.exec(line);
		if (m) return readDay(m[1]);
	}
	return null;
}
