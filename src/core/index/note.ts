import type { Dossier } from "../dossier/dossier";
import type { FrontmatterError } from "../frontmatter/parse";
import type { Link } from "../markdown/links";
import type { IsoDay } from "../model/day";
import type { PreParsed } from "./pre-parsed";

/** A note as the index gets it: path relative to the vault (forward slashes) and its text. */
export interface NoteInput {
	path: string;
	text: string;
	/** What Obsidian already parsed (plugin); without it, core scans the text itself (CLI). */
	metadata?: PreParsed;
}

/** A list item that may become an activity, with its dates already read. */
export interface ParsedItem {
	/** 1-based line. */
	line: number;
	raw: string;
	/** How many list items of the note read exactly like this one (a writer must not take one for another). */
	twins: number;
	text: string;
	/** The checkbox character, or null for a plain bullet. */
	checkbox: string | null;
	/** Index (into the note's items) of the item it is nested in, or -1. */
	parent: number;
	/** Index (into the note's headings) of the heading it stands under, or -1. */
	heading: number;
	links: readonly Link[];
	/** The item's own date and the last day of its period (not the daily note's). */
	ownDate: IsoDay | null;
	ownDateEnd: IsoDay | null;
	/** Its own date counts from the reference ("morgen"); `floating` when nothing anchored that reference. */
	relative: boolean;
	floating: boolean;
	/** The item's own completion date (✅ or a completion field). */
	ownDoneDate: IsoDay | null;
	/** The day relative dates of this line count from (CONTRACT: dated heading, daily note, date property, today). */
	reference: IsoDay;
	/** The date of the nearest heading above that carries one. */
	headingDate: IsoDay | null;
}

/** A heading as ownership needs it. */
export interface ParsedHeading {
	/** Index of the heading whose section encloses this one, or -1. */
	parent: number;
	links: readonly Link[];
}

/** Everything the index needs from one note; made by `parseNote`, combined by `assembleIndex`. */
export interface ParsedNote {
	path: string;
	/** File name without `.md`. */
	basename: string;
	customer: { dossier: Dossier } | null;
	frontmatterError: FrontmatterError | null;
	/** An error that kept the note from being read at all (too large). */
	unreadable: string | null;
	dailyDate: IsoDay | null;
	/** Outside customer notes: the note's `datum`/`date`/`erstellt`/`created`. */
	propertyDate: IsoDay | null;
	/** A person note: the link target of its company. */
	personOf: string | null;
	/** The targets of its `kunde`/`customer` property. */
	customerProperty: string[];
	headings: ParsedHeading[];
	/** Items that may belong to a customer; `parent` points into this list. */
	items: ParsedItem[];
}
