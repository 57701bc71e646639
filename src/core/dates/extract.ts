import type { IsoDay } from "../model/day";
import { calendarWeekParser } from "./calendar-week";
import { dataviewDates } from "./dataview-fields";
import { earliest, type FoundDate } from "./found";
import { germanNumericParser } from "./german-numeric";
import { isoParser } from "./iso";
import { monthPartParser } from "./month-part";
import { periodPartParser } from "./period-part";
import { createNaturalParser } from "./natural";
import { mayMatchAny } from "../text/literal-gate";
import type { DateParser } from "./parser";
import { tasksEmojiDates } from "./tasks-emoji";

/** The dates of one activity line. */
export interface LineDates {
	/** Its own due/planned date. */
	date: IsoDay | null;
	/** When it was done (✅ or a completion field). */
	doneDate: IsoDay | null;
}

export interface DateExtractor {
	/** Dates of a line of text, relative expressions counted from `reference`. */
	extract(text: string, reference: IsoDay): LineDates;
	/** The first date in free text, by the same precedence (used for headings and field values). */
	firstDate(text: string, reference: IsoDay): FoundDate | null;
}

/**
 * Dates are read from a line's first 4,000 characters: some of the patterns and chrono-node take
 * time that grows faster than the line, and nobody writes a date that far into an item.
 */
export const MAX_DATE_TEXT = 4000;

const capped = (text: string) => (text.length > MAX_DATE_TEXT ? text.slice(0, MAX_DATE_TEXT) : text);

/**
 * The CONTRACT's precedence: Tasks emoji, then Dataview inline fields, then ISO dates, then German
 * numeric dates, then natural language. A later form is only looked for when no earlier one is present.
 */
export function createDateExtractor(): DateExtractor {
	const natural = createNaturalParser();
	const tiers = [[isoParser], [germanNumericParser], [calendarWeekParser, monthPartParser, periodPartParser, natural]].map((parsers: DateParser[]) => ({
		parsers,
		// One test says when no parser of the tier can find anything: most lines hold no date.
		mayHold: mayMatchAny(parsers.flatMap((parser) => parser.patterns)),
	}));

	function firstDate(text: string, reference: IsoDay): FoundDate | null {
		const plain = withoutNonDates(capped(text));
		for (const tier of tiers) {
			if (tier.mayHold && !tier.mayHold(plain)) continue;
			// The earliest mention in the tier wins; on a tie, the parser listed first. So a date that
			// opens the line (as salespeople write them) ends the tier: no later parser can win over it.
			let found: FoundDate | null = null;
			for (const parser of tier.parsers) {
				found = earliest(parser.find(plain, reference), found);
				if (found?.index === 0) break;
			}
			if (found) return found;
		}
		return null;
	}

	function extract(line: string, reference: IsoDay): LineDates {
		const text = capped(line);
		const emoji = tasksEmojiDates(text);
		const fields = dataviewDates(emoji.rest, (value) => firstDate(value, reference)?.date ?? null);
		const date = emoji.due ?? emoji.scheduled ?? emoji.start ?? fields.due ?? fields.scheduled ?? fields.start ?? firstDate(fields.rest, reference)?.date ?? null;
		return { date, doneDate: emoji.done ?? fields.done ?? null };
	}

	return { extract, firstDate };
}

/** URLs and inline code hold digits that are not dates (`/2026/11/`, `` `v1.2.` ``). */
function withoutNonDates(text: string): string {
	let plain = text.includes("`") ? text.replace(/`[^`]*`/g, " ") : text;
	if (plain.includes("://")) plain = plain.replace(/\b(?:https?|file|obsidian):\/\/\S+/gi, " ");
	return plain.includes("](") ? plain.replace(/\]\([^)]*\)/g, "]") : plain;
}
