import type { IsoDay } from "../model/day";
import { calendarWeekParser } from "./calendar-week";
import { activityDate, holdsDeadlineWord } from "./context-words";
import { dataviewDates } from "./dataview-fields";
import { earliest, type FoundDate } from "./found";
import { germanNumericParser } from "./german-numeric";
import { isoParser } from "./iso";
import { monthParser } from "./month";
import { monthPartParser } from "./month-part";
import { numericRangeParser } from "./numeric-range";
import { periodPartParser } from "./period-part";
import { quarterParser } from "./quarter";
import { createNaturalParser } from "./natural";
import { tierGate, type DateParser } from "./parser";
import { tasksEmojiDates } from "./tasks-emoji";
import { weekdayAbbreviationParser } from "./weekday-abbreviation";

/** The dates of one activity line. */
export interface LineDates {
	/** Its own due/planned date; of a period or range, the first day. */
	date: IsoDay | null;
	/** The last day of a period or range (`KW 49`, `10.–12.12.`), else null. */
	dateEnd: IsoDay | null;
	/** When it was done (✅ or a completion field). */
	doneDate: IsoDay | null;
	/** `date` counts from the reference (heute, morgen, a weekday, nächste Woche, in 2 Wochen, Ende des Monats …). */
	relative: boolean;
}

export interface ExtractOptions {
	/** The line is an open task: a date without a year looks ahead (the first one no earlier than 60 days before the reference). */
	openTask?: boolean;
}

export interface DateExtractor {
	/** Dates of an activity line, relative expressions counted from `reference`. */
	extract(text: string, reference: IsoDay, options?: ExtractOptions): LineDates;
	/** The first date in free text, by the same precedence (used for headings and field values). */
	firstDate(text: string, reference: IsoDay, options?: ExtractOptions): FoundDate | null;
	/**
	 * The date `extract` reads as the line's own, with where it stands in `line` (inside a Dataview
	 * field's value, or in the words); null without one, or when a Tasks emoji plans the line.
	 */
	locate(line: string, reference: IsoDay, options?: ExtractOptions): FoundDate | null;
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
	const tiers = [
		[isoParser],
		[numericRangeParser, germanNumericParser],
		[calendarWeekParser, quarterParser, monthPartParser, periodPartParser, monthParser, weekdayAbbreviationParser, natural],
	].map((parsers: DateParser[]) => ({
		parsers,
		// One test says when no parser of the tier without its own test (`mayHold`) can find anything: most lines hold no date.
		mayHold: tierGate(parsers),
		gated: parsers.some((parser) => parser.mayHold),
	}));

	/** `activity`: the date is an activity's own, so reference words exclude and deadline words prefer (context-words). */
	function find(text: string, reference: IsoDay, forward: boolean, activity: boolean): FoundDate | null {
		const plain = withoutNonDates(capped(text));
		let deadlines: boolean | undefined;
		for (const tier of tiers) {
			const open = !tier.mayHold || tier.mayHold(plain);
			if (!open && !tier.gated) continue;
			// The earliest mention in the tier wins; on a tie, the parser listed first. So a date that
			// opens the line (as salespeople write them) ends the tier: no later parser can win over it,
			// unless a deadline word may prefer a later one.
			let found: FoundDate | null = null;
			let all: FoundDate[] | null = null;
			for (const parser of tier.parsers) {
				if (parser.mayHold ? !parser.mayHold(plain) : !open) continue;
				const finds = parser.find(plain, reference, forward);
				if (finds.length === 0) continue;
				found = earliest(finds, found);
				if (activity) (all ??= []).push(...finds);
				if (found?.index === 0 && !(activity && (deadlines ??= holdsDeadlineWord(plain)))) break;
			}
			const chosen = all ? activityDate(plain, all) : found;
			if (chosen) return chosen;
		}
		return null;
	}

	function firstDate(text: string, reference: IsoDay, options?: ExtractOptions): FoundDate | null {
		return find(text, reference, options?.openTask === true, false);
	}

	function extract(line: string, reference: IsoDay, options?: ExtractOptions): LineDates {
		const forward = options?.openTask === true;
		const emoji = tasksEmojiDates(capped(line));
		const fields = dataviewDates(emoji.rest, (value) => find(value, reference, forward, false));
		const doneDate = emoji.done ?? fields.done?.date ?? null;
		const planned = emoji.due ?? emoji.scheduled ?? emoji.start;
		if (planned) return { date: planned, dateEnd: null, doneDate, relative: false };
		const found = fields.due ?? fields.scheduled ?? fields.start ?? find(fields.rest, reference, forward, true);
		return { date: found?.date ?? null, dateEnd: found?.end ?? null, doneDate, relative: found?.relative ?? false };
	}

	function locate(line: string, reference: IsoDay, options?: ExtractOptions): FoundDate | null {
		const forward = options?.openTask === true;
		// Everything that is not read is blanked out with as many spaces, so positions stay those of `line`.
		const emoji = tasksEmojiDates(withoutNonDates(capped(line), true), spaces);
		if (emoji.due ?? emoji.scheduled ?? emoji.start) return null;
		const inField = (value: string, at: number) => {
			const found = find(value, reference, forward, false);
			return found && { ...found, index: found.index + at };
		};
		const fields = dataviewDates(emoji.rest, inField, spaces);
		return fields.due ?? fields.scheduled ?? fields.start ?? find(fields.rest, reference, forward, true);
	}

	return { extract, firstDate, locate };
}

const spaces = (text: string) => " ".repeat(text.length);

/** URLs and inline code hold digits that are not dates (`/2026/11/`, `` `v1.2.` ``). */
function withoutNonDates(text: string, keepLength = false): string {
	const blank = keepLength ? spaces : () => " ";
	let plain = text.includes("`") ? text.replace(/`[^`]*`/g, blank) : text;
	if (plain.includes("://")) plain = plain.replace(/\b(?:https?|file|obsidian):\/\/\S+/gi, blank);
	return plain.includes("](") ? plain.replace(/\]\([^)]*\)/g, (link) => (keepLength ? "]" + spaces(link.slice(1)) : "]")) : plain;
}
