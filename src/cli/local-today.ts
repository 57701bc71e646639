import { DateTime } from "luxon";

/** Today in the machine's time zone: the CLI is the one place that reads the clock. */
export function localToday(): string {
	return DateTime.local().toISODate() ?? DateTime.utc().toFormat("yyyy-MM-dd");
}
