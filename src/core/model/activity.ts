import type { IsoDay } from "./day";

export type ActivityStatus = "open" | "done" | "cancelled";

export type VagueReason = "vague-phrase" | "waiting-verb" | "no-action" | "no-date" | "floating-date";
export type VagueHint = "no-person" | "mixed-purpose";
export type ReasonCode = VagueReason | VagueHint;

/** One dated (or undated) activity line, as the CONTRACT's `activities[]` plus what the UI needs. */
export interface Activity {
	path: string;
	/** 1-based line in the file. */
	line: number;
	/** Path of the customer note it belongs to. */
	customer: string;
	/** The item's text without blockquote prefix, list marker and checkbox. */
	text: string;
	/** The text as a reader sees the action: links as their display text, Tasks and Dataview fields removed. */
	display: string;
	status: ActivityStatus;
	/** A task (checkbox) or a log (a dated contact, or an appointment ahead). */
	kind: "task" | "log";
	date: IsoDay | null;
	/** The last day of a period or range, else null: an open activity is overdue only after it. */
	dateEnd: IsoDay | null;
	/** Its date counts from today because nothing anchors it. */
	floating: boolean;
	doneDate: IsoDay | null;
	vague: boolean;
	reasons: ReasonCode[];
	/** How to make a vague activity concrete (UI language); null when not vague. */
	suggestion: string | null;
	/** The raw line as read (without CR), so a writer can check it is unchanged before editing. */
	raw: string;
	/** How many lines of the note read exactly like `raw` (1 when it is unique): a writer tells twins apart by it. */
	twins: number;
}
