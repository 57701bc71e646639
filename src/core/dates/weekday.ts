import { addDays, isoWeekday } from "./day";
import { scan, type DateParser } from "./parser";
import { MONTH_PATTERN } from "./months";
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, WEEKDAYS } from "./weekdays";

/**
 * A weekday alone or with "nächsten"/"next" is the first such day after the reference (CONTRACT);
 * "letzten"/"last" the latest before it; "Dienstag nächste Woche" and "nächste Woche Dienstag" that
 * day in the following week. A weekday followed by a date ("Dienstag, 2. Dezember") gives way to it.
 */
const WEEKDAY = new RegExp(
	`(^|[^\\p{L}])(?:(am|on)\\s+)?(?:(nächste[nrs]?|naechste[nrs]?|kommende[nrs]?|diese[nrs]?|next|this|letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|last|past|previous)\\s+)?(${WEEKDAY_NAMES}|${WEEKDAY_ABBREVIATIONS})(?:s(?=\\s))?(?![\\p{L}])`,
	"giu",
);
const PAST = /^(letzte|vergangene|vorige|last|past|previous)/i;
const NEXT_WEEK_AFTER = /^,?\s*(?:in\s+der\s+)?(?:nächste[nr]?|naechste[nr]?|kommende[nr]?)\s+woche|^,?\s*next\s+week/i;
const NEXT_WEEK_BEFORE = /(?:nächste[nr]?|naechste[nr]?|kommende[nr]?)\s+woche,?\s*$|next\s+week,?\s*$/i;
const DATE_AFTER = new RegExp(`^,?\\s*(?:den\\s+|the\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\.?\\s+\\d)`, "iu");

export const weekdayParser: DateParser = {
	name: "weekday",
	find: (text, reference) =>
		scan(text, WEEKDAY, (m) => {
			const [, modifier, name] = m.groups;
			const after = text.slice(m.index + m.length);
			if (DATE_AFTER.test(after)) return null;
			const target = WEEKDAYS.get((name ?? "").toLowerCase()) ?? 1;
			const current = isoWeekday(reference);
			let date;
			if (modifier && PAST.test(modifier)) date = addDays(reference, -(((current - target + 6) % 7) + 1));
			else if (NEXT_WEEK_AFTER.test(after) || NEXT_WEEK_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) date = addDays(reference, 7 - current + target);
			else date = addDays(reference, ((target - current + 6) % 7) + 1);
			return { date, index: m.index, length: m.length, yearWritten: false, relative: true, source: "weekday" };
		}),
};
