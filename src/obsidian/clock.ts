import { DateTime } from "luxon";

/** Today in the user's time zone: the plugin reads the clock here and passes the day to core. */
export function localToday(): string {
	return DateTime.local().toISODate() ?? DateTime.utc().toFormat("yyyy-MM-dd");
}
