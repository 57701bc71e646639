import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { SHORT_WEEKDAYS } from "./vocabulary";
import { weekdayFound } from "./weekday";

/**
 * Weekdays abbreviated without their dot, as calendars and quick notes write them: `Di 10 Uhr`,
 * `Do um 14 Uhr`, `Di, 10:00 Termin`, `am Di anrufen`, `bis Fr`. In prose the same two letters are
 * words (`So machen wir das`, `Do the offer`, `Fr Schmitt`, `Mo Salah`), so only the capitalised
 * abbreviation counts, and only before a time or after am/bis/ab/nächsten.
 */
const SHORT = Object.keys(SHORT_WEEKDAYS).join("|");
const ABBREVIATION = bounded(
	"\\p{L}\\p{N}",
	new RegExp(`(?:([Aa]m|[Bb]is|[Aa]b)\\s+|((?:[Üü]ber)?[Nn](?:ä|ae)chste[nmrs]?|[Kk]ommende[nmrs]?)\\s+)?(${SHORT})(?![\\p{L}\\p{N}.])`, "gu"),
);
const TIME_AFTER = /^,?\s*(?:um\s+)?\d{1,2}(?::\d{2}|(?:[:.]\d{2})?\s*(?:Uhr|h)(?![\p{L}])|(?::\d{2})?(?:am|pm)(?![\p{L}]))/u;
/** Case-sensitive and plain: lines with "so" or "do" in them do not pass, only a capitalised abbreviation standing alone. */
const MAY_HOLD = new RegExp(`(?:${SHORT})(?![a-zäöüß.])`);

export const weekdayAbbreviationParser: DateParser = {
	patterns: [ABBREVIATION.body],
	mayHold: (text) => MAY_HOLD.test(text),
	name: "weekday-abbreviation",
	find: (text, reference) =>
		scan(text, ABBREVIATION, (m) => {
			const [preposition, modifier, name] = m.groups;
			const end = m.index + m.length;
			if (!preposition && !modifier && !TIME_AFTER.test(text.slice(end, end + 16))) return null;
			return weekdayFound(text, reference, m, { target: SHORT_WEEKDAYS[name ?? ""] ?? 1, preposition, modifier, source: "weekday-abbreviation" });
		}),
};
