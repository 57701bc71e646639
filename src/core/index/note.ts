import type { Dossier } from "../dossier/dossier";
import type { FrontmatterError } from "../frontmatter/parse";
import type { Link } from "../markdown/links";
import type { ActivityStatus } from "../model/activity";
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
	text: string;
	status: ActivityStatus;
	hasCheckbox: boolean;
	/** The item's own date (not the daily note's). */
	ownDate: IsoDay | null;
	/** The item's own completion date (✅ or a completion field). */
	ownDoneDate: IsoDay | null;
	/** The day relative dates of this line count from (CONTRACT: heading, daily note, created, today). */
	reference: IsoDay;
	date: IsoDay | null;
	doneDate: IsoDay | null;
	/** Links to other notes; only read (and only filled) outside customer notes. */
	links: Link[];
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
	/** Customer notes: every list item; other notes: items with a link. */
	items: ParsedItem[];
}
