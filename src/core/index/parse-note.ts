import { readDossier } from "../dossier/read-dossier";
import type { LineDates } from "../dates/extract";
import { readDay } from "../dossier/values";
import { expansionProblem } from "../frontmatter/expansion";
import { parseFrontmatter, type FrontmatterData, type FrontmatterError } from "../frontmatter/parse";
import { findFrontmatter, unclosedFrontmatter } from "../markdown/frontmatter-block";
import { scanNote } from "../markdown/scan";
import type { IsoDay } from "../model/day";
import { inTemplateFolder } from "../settings/template-folders";
import { LineIndex } from "../text/line-index";
import type { IndexContext } from "./context";
import { inCustomerFolder, markedAsCustomer, mayBeMarked } from "./customer-marker";
import { inFolder } from "../text/folders";
import type { NoteInput, ParsedNote } from "./note";
import { customerProperty, personCompany } from "./note-links";
import { datesKey, readItems } from "./read-items";
import { scanFromMetadata } from "./pre-parsed";

/** Notes beyond this size are reported, not read: nobody writes a 20 MB dossier by hand. */
export const MAX_NOTE_BYTES = 20 * 1024 * 1024;

/** Frontmatter keys that tie a note that is no customer to one: a meeting's customer, a person's company. */
const TIES = /^\s*["']?(?:kunde|customer|firma|company|typ|type)["']?\s*:/i;

/** A note that gives nothing: no customer, no items. */
function emptyNote(path: string): ParsedNote {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const basename = name.slice(-3).toLowerCase() === ".md" ? name.slice(0, -3) : name;
	return {
		path,
		basename,
		customer: null,
		frontmatterError: null,
		unreadable: null,
		dailyDate: null,
		propertyDate: null,
		personOf: null,
		customerProperty: [],
		headings: [],
		items: [],
	};
}

/** A note that could not be read or parsed: listed in `errors` with `message`, and otherwise left out. */
export function unreadableNote(path: string, message: string): ParsedNote {
	return { ...emptyNote(path), unreadable: message };
}

/**
 * Parses one note into plain data, independent of every other note, so a changed note can be
 * re-parsed alone. YAML is parsed only for notes that may be customers or tied to one (by folder or a
 * key line), dates only for items that may belong to a customer. Templates are never read.
 */
export function parseNote(note: NoteInput, ctx: IndexContext, previous?: ParsedNote): ParsedNote {
	const base = emptyNote(note.path);
	if (inTemplateFolder(note.path, ctx.settings.templateFolders)) return base;
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
	if (!cached && block && (byFolder || mayBeMarked(block.lines, ctx.markers) || block.lines.some((l) => TIES.test(l)) || block.language !== "")) {
		const parsed = parseFrontmatter(block, ctx.yaml, ctx.parseBlock);
		data = parsed.data;
		frontmatterError = parsed.error;
	}
	if (!block && unclosedFrontmatter(lines) && (byFolder || mayBeMarked(allLines(lines), ctx.markers))) {
		frontmatterError = { line: 1, reason: "unclosed", kind: "unclosed" };
	}
	const isCustomer = byFolder || markedAsCustomer(data, ctx.markers);
	const dailyDate = inFolder(note.path, ctx.settings.dailyNoteFolder)
		? ctx.daily.dateOf(note.path.slice(0, note.path.lastIndexOf("/") + 1) + base.basename)
		: null;
	const tied = isCustomer
		? {}
		: { personOf: personCompany(data), customerProperty: customerProperty(data), propertyDate: dateProperty(data, block?.lines ?? []) };
	const parsed: ParsedNote = { ...base, ...tied, frontmatterError, dailyDate };
	// A note that is no customer, names none in its properties and links nothing holds no activity.
	if (!isCustomer && !parsed.personOf && parsed.customerProperty.length === 0 && !lines.mayHold("[")) return parsed;

	const scanned = note.metadata ? scanFromMetadata(lines, note.metadata, block) : scanNote(lines, block);
	const yamlLines = block && /^(ya?ml)?$/i.test(block.language) ? block.lines : null;
	const dossier = isCustomer ? readDossier(data, yamlLines) : null;
	const ownsAll = isCustomer || parsed.personOf !== null || parsed.customerProperty.length > 0;
	const anchor = dailyDate ?? parsed.propertyDate;
	const { headings, items } = readItems(scanned, { ownsAll, anchor, ctx, earlier: earlierDates(previous) });
	return { ...parsed, customer: dossier ? { dossier } : null, headings, items };
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

/** Dates read in the note's previous parse, by what they depend on: an edit rarely touches more than one line. */
function earlierDates(previous: ParsedNote | undefined): ReadonlyMap<string, LineDates> {
	if (!previous?.items.length) return NO_EARLIER_DATES;
	const byLine = new Map<string, LineDates>();
	for (const item of previous.items)
		byLine.set(datesKey(item.reference, item.checkbox, item.text), {
			date: item.ownDate,
			doneDate: item.ownDoneDate,
			dateEnd: item.ownDateEnd,
			relative: item.relative,
		});
	return byLine;
}

const DATE_KEYS = ["datum", "date", "erstellt", "created"];
/** Each key's line, made once: `datum: 2026-11-20`, also quoted. */
const DATE_LINES = DATE_KEYS.map((key) => new RegExp(`^\\s*["']?${key}["']?\\s*:\\s*["']?([^"'#\\s]+)`, "i"));

/** `datum`/`date`/`erstellt`/`created` of a note that is no customer: the reference of its lines. */
function dateProperty(data: FrontmatterData, lines: readonly string[]): IsoDay | null {
	for (const key of DATE_KEYS) {
		for (const [k, value] of Object.entries(data)) {
			const day = k.toLowerCase() === key ? readDay(value) : null;
			if (day) return day;
		}
	}
	// A note whose YAML was not parsed: the key's line.
	for (const pattern of DATE_LINES) {
		for (const line of lines) {
			const day = readDay(pattern.exec(line)?.[1]);
			if (day) return day;
		}
	}
	return null;
}
