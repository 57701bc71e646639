import { addDays, isoWeekday } from "./day";
import { bounded } from "../text/bounded";
import type { IsoDay } from "../model/day";
import type { FoundDate } from "./found";
import { scan, type DateParser, type ScanMatch } from "./parser";
import { weeksAfter } from "./weeks-after";
import { AFTER_NEXT, isTitle, PAST, weekdayDate, weekOf } from "./weekday-rules";
import { MONTH_PATTERN, WEEKDAY_ABBREVIATIONS, WEEKDAY_MODIFIERS, WEEKDAY_NAMES, WEEKDAYS } from "./vocabulary";

/**
 * A weekday alone or with "nächsten"/"next" is the first such day after the reference (CONTRACT);
 * "letzten"/"last" the latest before it; "Dienstag nächste Woche" and "nächste Woche Dienstag" that
 * day in the following week, "übernächsten Dienstag" a week later; "Freitag in einer Woche" a week
 * after this week's Friday; "Freitag bis Montag" a range. A weekday followed by a date ("Dienstag, 2. Dezember") gives way to it.
 */
const WEEKDAY = bounded(
	"\\p{L}",
	new RegExp(`(?:(am|on|bis|ab)\\s+)?(?:(${WEEKDAY_MODIFIERS})\\s+)?(${WEEKDAY_NAMES}|${WEEKDAY_ABBREVIATIONS})(?:s(?=\\s))?(?![\\p{L}])`, "giu"),
);
const UNTIL_WEEKDAY = new RegExp(`^\\s*(?:bis|[-–])\\s*(${WEEKDAY_NAMES}|${WEEKDAY_ABBREVIATIONS})(?![\\p{L}])`, "iu");
const DATE_AFTER = new RegExp(
	`^,?\\s*(?:den\\s+|the\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\.?\\s+\\d)`,
	"iu",
);

export const weekdayParser: DateParser = {
	patterns: [WEEKDAY.body],
	name: "weekday",
	find: (text, reference) =>
		scan(text, WEEKDAY, (m) => {
			const [preposition, modifier, name] = m.groups;
			const key = (name ?? "").toLowerCase();
			if (key === "fr." && !preposition && !modifier && isTitle(text.slice(m.index + m.length, m.index + m.length + 40))) return null;
			return weekdayFound(text, reference, m, { target: WEEKDAYS.get(key) ?? 1, preposition, modifier, source: "weekday" });
		}),
};

/** A weekday as a parser matched it: the ISO weekday it names and the words before it. */
export interface WeekdayMatch {
	/** 1 (Monday) to 7 (Sunday). */
	target: number;
	/** `am`, `on`, `bis`, `ab`. */
	preposition: string | undefined;
	/** `nächsten`, `letzten`, `next`, `last` … */
	modifier: string | undefined;
	/** The parser's name, as the found date reports it. */
	source: string;
}

/** The day a weekday match names (its words around it read by the rules above); null when a date follows it. */
export function weekdayFound(text: string, reference: IsoDay, m: ScanMatch, { target, preposition, modifier, source }: WeekdayMatch): FoundDate | null {
	const after = text.slice(m.index + m.length, m.index + m.length + 40);
	if (DATE_AFTER.test(after)) return null;
	// "bis"/"ab" only count for the title rule; the date starts at the weekday or its "am".
	const skip = preposition && /^(bis|ab)$/i.test(preposition) ? preposition.length + 1 : 0;
	const offset = weeksAfter(text, m.index + m.length);
	let date: string;
	if (offset.weeks > 0) {
		// "Freitag in einer Woche": from this week's Friday (today, when today is a Friday).
		const current = isoWeekday(reference);
		date = addDays(reference, ((target - current + 7) % 7) + 7 * offset.weeks);
	} else if (modifier && PAST.test(`${modifier} `)) {
		date = weekdayDate(reference, target, "past");
	} else {
		const week = weekOf(after, text.slice(Math.max(0, m.index - 24), m.index));
		date = modifier && AFTER_NEXT.test(modifier) ? addDays(weekdayDate(reference, target, "next"), 7) : weekdayDate(reference, target, week);
	}
	// "Freitag bis Montag": a range to the first such day after the first.
	const until = offset.weeks === 0 ? UNTIL_WEEKDAY.exec(after) : null;
	const end = until ? weekdayDate(date, WEEKDAYS.get((until[1] ?? "").toLowerCase()) ?? 1, "next") : null;
	return { date, end, index: m.index + skip, length: m.length - skip + (until?.[0].length ?? offset.length), yearWritten: false, relative: true, source };
}
