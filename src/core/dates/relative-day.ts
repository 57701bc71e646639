import { addDays } from "./day";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { DAY_WORD_PATTERN, DAY_WORDS } from "./vocabulary";
import { weeksAfter } from "./weeks-after";

/**
 * heute, morgen, übermorgen, gestern, vorgestern; today, tomorrow, the day after tomorrow, yesterday.
 * "am Morgen", "jeden Morgen", "guten Morgen" are the morning, not tomorrow.
 */
const WORDS = bounded("\\p{L}", new RegExp(`(${DAY_WORD_PATTERN})(?![\\p{L}])`, "giu"));
/** "am Morgen", "jeden Morgen", "guten Morgen": the morning, not tomorrow (also for chrono's results). */
export const MORNING_NOUN = /(?:^|\s)(?:am|jeden|guten|diesen|den|einen|heute|früh(?:en)?)\s*$/i;

/** "(today, yesterday, tomorrow)": the words listed, no day meant. */
const LISTED_AFTER = /^\s*(?:,|\/)\s*(?:heute|morgen|übermorgen|gestern|today|tomorrow|yesterday)(?![\p{L}])/iu;
const LISTED_BEFORE = /(?:heute|morgen|übermorgen|gestern|today|tomorrow|yesterday)\s*(?:,|\/)\s*$/iu;
const inAList = (text: string, start: number, end: number) =>
	LISTED_AFTER.test(text.slice(end, end + 16)) || LISTED_BEFORE.test(text.slice(Math.max(0, start - 16), start));

export const relativeDayParser: DateParser = {
	patterns: [WORDS.body],
	name: "relative-day",
	find: (text, reference) =>
		scan(text, WORDS, (m) => {
			const word = (m.groups[0] ?? "").toLowerCase();
			if (inAList(text, m.index, m.index + m.length)) return null;
			if (word === "morgen" && MORNING_NOUN.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
			// "heute in einer Woche": the offset counts from the day named.
			const offset = weeksAfter(text, m.index + m.length);
			return {
				date: addDays(reference, (DAY_WORDS[word] ?? 0) + 7 * offset.weeks),
				end: null,
				index: m.index,
				length: m.length + offset.length,
				yearWritten: false,
				relative: true,
				source: "relative-day",
			};
		}),
};
