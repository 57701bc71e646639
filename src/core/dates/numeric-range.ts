import { NO_DATES } from "./found";
import { bounded } from "../text/bounded";
import { scan, type DateParser } from "./parser";
import { rangeDates, writtenRange } from "./range-year";
import { expandYear } from "./year-nearest";

/**
 * Ranges of German numeric dates: `10.–12.12.`, `10.-12.12.`, `10.11.-2.12.2026`, `30.12.2026 - 2.1.2027`, `vom 10. bis 12.12.`.
 * "vom" belongs to the range here, not a reference word before a date.
 */
const RANGE = bounded(
	"\\p{L}\\p{N}.,:/-",
	/(?:vo[mn]\s+)?(\d{1,2})\.(?:\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?![\d.]))?)?\s*(?:[-–]|bis(?:\s+zum)?)\s*(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?![\d.]*\d))?(?![\p{N}])/giu,
);

/** A range needs a dash or "bis": most lines with a dot have neither. */
export const HAS_SEPARATOR = /[-–]|bis/i;

export const numericRangeParser: DateParser = {
	patterns: [RANGE.body],
	name: "numeric-range",
	find: (text, reference, forward) =>
		!text.includes(".") || !HAS_SEPARATOR.test(text)
			? NO_DATES
			: scan(text, RANGE, (m) => {
					const [startDay, startMonth, startYear, endDay, endMonth, endYear] = m.groups;
					const yearText = endYear ?? startYear;
					const days = { startDay: Number(startDay), startMonth: Number(startMonth ?? endMonth), endDay: Number(endDay), endMonth: Number(endMonth) };
					const span =
						startYear && endYear
							? writtenRange(days, expandYear(startYear), expandYear(endYear))
							: rangeDates(days, yearText ? expandYear(yearText) : null, reference, forward);
					if (!span) return null;
					return { date: span[0], end: span[1], index: m.index, length: m.length, yearWritten: Boolean(yearText), relative: false, source: "numeric-range" };
				}),
};
