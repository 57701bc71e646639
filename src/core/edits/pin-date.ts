import type { DateExtractor } from "../dates/extract";
import type { IsoDay } from "../model/day";
import { setDueDate } from "./reschedule";

/**
 * "Datum festschreiben": a floating date (`morgen`, `in 2 Wochen` with nothing to count from) becomes
 * `date`, the day it means on `today`, written where the words stood as a move writes it (`morgen` →
 * `am 24. November`, `[fällig:: morgen]` → `[fällig:: 2026-11-24]`), so the line keeps no words that
 * would count from another day later. Where the words cannot be rewritten, a `📅` is added. Null for a
 * line that is no list item.
 */
export function pinDate(line: string, date: IsoDay, dates: DateExtractor, today: IsoDay): string | null {
	return setDueDate(line, date, dates, today);
}
