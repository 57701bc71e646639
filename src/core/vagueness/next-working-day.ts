import { addDays, isoWeekday } from "../dates/day";
import type { IsoDay } from "../model/day";

/** The first Monday-to-Friday day after `today`: a Friday's next working day is Monday. Holidays are not known. */
export function nextWorkingDay(today: IsoDay): IsoDay {
	let day = addDays(today, 1);
	while (isoWeekday(day) > 5) day = addDays(day, 1);
	return day;
}
