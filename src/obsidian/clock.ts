import { toIsoDay } from "../core/api";

/** Today in the user's time zone: the plugin reads the clock here and passes the day to core. */
export function localToday(): string {
	const now = new Date();
	return toIsoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
