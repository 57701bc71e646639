import type { CustomerRecord } from "../customers/customer-record";
import type { Activity } from "../model/activity";
import type { IsoDay } from "../model/day";

export interface NoteError {
	path: string;
	message: string;
}

/** The whole index: what `index --json` prints, with richer customer records for views. */
export interface IndexResult {
	today: IsoDay;
	customers: CustomerRecord[];
	activities: Activity[];
	errors: NoteError[];
}
