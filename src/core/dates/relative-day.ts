import { addDays } from "./day";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";

/**
 * heute, morgen, übermorgen, gestern, vorgestern; today, tomorrow, the day after tomorrow, yesterday.
 * "am Morgen", "jeden Morgen", "guten Morgen" are the morning, not tomorrow.
 */
const WORDS = bounded("\\p{L}", /(heute|übermorgen|uebermorgen|morgen|vorgestern|gestern|today|tomorrow|the day after tomorrow|day after tomorrow|yesterday)(?![\p{L}])/giu);
/** "am Morgen", "jeden Morgen", "guten Morgen": the morning, not tomorrow (also for chrono's results). */
export const MORNING_NOUN = /(?:^|\s)(?:am|jeden|guten|diesen|den|einen|heute|früh(?:en)?)\s*$/i;
const OFFSET: Record<string, number> = {
	heute: 0, today: 0, morgen: 1, tomorrow: 1, übermorgen: 2, uebermorgen: 2, "the day after tomorrow": 2, "day after tomorrow": 2,
	gestern: -1, yesterday: -1, vorgestern: -2,
};

export const relativeDayParser: DateParser = {
	patterns: [WORDS.body],
	name: "relative-day",
	find: (text, reference) =>
		scan(text, WORDS, (m) => {
			const word = (m.groups[0] ?? "").toLowerCase();
			if (word === "morgen" && MORNING_NOUN.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
			return { date: addDays(reference, OFFSET[word] ?? 0), index: m.index, length: m.length, yearWritten: false, relative: true, source: "relative-day" };
		}),
};
