import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { MONTH_PATTERN } from "./months";
import { NEXT_WEEK_AFTER, NEXT_WEEK_BEFORE, PAST, weekdayDate } from "./weekday-rules";
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, WEEKDAYS } from "./weekdays";

/**
 * A weekday alone or with "nächsten"/"next" is the first such day after the reference (CONTRACT);
 * "letzten"/"last" the latest before it; "Dienstag nächste Woche" and "nächste Woche Dienstag" that
 * day in the following week. A weekday followed by a date ("Dienstag, 2. Dezember") gives way to it.
 */
const WEEKDAY = bounded("\\p{L}", new RegExp(
	`(?:(am|on)\\s+)?(?:(nächste[nrs]?|naechste[nrs]?|kommende[nrs]?|diese[nrs]?|next|this|letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|last|past|previous)\\s+)?(${WEEKDAY_NAMES}|${WEEKDAY_ABBREVIATIONS})(?:s(?=\\s))?(?![\\p{L}])`,
	"giu",
));
const DATE_AFTER = new RegExp(`^,?\\s*(?:den\\s+|the\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\.?\\s+\\d)`, "iu");

export const weekdayParser: DateParser = {
	patterns: [WEEKDAY.body],
	name: "weekday",
	find: (text, reference) =>
		scan(text, WEEKDAY, (m) => {
			const [, modifier, name] = m.groups;
			const after = text.slice(m.index + m.length);
			if (DATE_AFTER.test(after)) return null;
			const target = WEEKDAYS.get((name ?? "").toLowerCase()) ?? 1;
			const nextWeek = NEXT_WEEK_AFTER.test(after) || NEXT_WEEK_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
			const date = weekdayDate(reference, target, modifier && PAST.test(`${modifier} `) ? "past" : nextWeek ? "next-week" : "next");
			return { date, index: m.index, length: m.length, yearWritten: false, relative: true, source: "weekday" };
		}),
};
