import type { CustomerRecord } from "../customers/customer-record";
import type { Activity } from "../model/activity";
import type { IsoDay } from "../model/day";

export interface NoteError {
	path: string;
	message: string;
	/** The note was not read at all (too large, not UTF-8 text): none of it is in the result. Else only its frontmatter failed. */
	leftOut?: true;
}

/** The whole index: what `index --json` prints, with richer customer records for views. */
export interface IndexResult {
	today: IsoDay;
	customers: CustomerRecord[];
	activities: Activity[];
	errors: NoteError[];
}
