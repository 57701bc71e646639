import * as chronoDe from "chrono-node/de";
import * as chronoEn from "chrono-node/en";
import type { IsoDay } from "../model/day";
import { words } from "../text/words";
import { isValidDay, parseIsoDay, toIsoDay } from "./day";
import { MONTH_PATTERN } from "./vocabulary";
import { dayMonthParser } from "./day-month";
import { earliest, NO_DATES, type FoundDate } from "./found";
import { relativeDayParser } from "./relative-day";
import { relativeSpanParser } from "./relative-span";
import { weekdayParser } from "./weekday";
import type { DateParser } from "./parser";
import { mayHoldEnglishDate, mayHoldGermanDate, PREFILTERS } from "./prefilter";
import { refine } from "./refiners";
import type { NaturalMatch } from "./refiners/refiner";

type Chrono = typeof chronoDe.casual;
type ParsedResult = ReturnType<Chrono["parse"]>[number];

/** Our own parsers for the forms salespeople write most; each costs a regular expression, not a chrono run. */
const OWN: readonly DateParser[] = [relativeDayParser, relativeSpanParser, weekdayParser, dayMonthParser];

/**
 * Natural language in German and English: our own small parsers first, then chrono-node (with our
 * refiners) for the rest. chrono only reads the text before the earliest date ours found, and only
 * when the prefilter says it may hold one; its parsers are configured once per language, on first use.
 * Only the earliest date counts, so after one at the very start of the text no further parser is asked.
 */
export function createNaturalParser(): DateParser {
	let german: Chrono | undefined;
	let english: Chrono | undefined;
	return {
		name: "natural",
		patterns: [...OWN.flatMap((parser) => parser.patterns), ...PREFILTERS],
		find(fullText, reference, forward) {
			// Most lines find nothing here: no array until something is found.
			let found: FoundDate[] | null = null;
			let first: FoundDate | null = null;
			for (const parser of OWN) {
				const finds = parser.find(fullText, reference, forward);
				if (finds.length === 0) continue;
				(found ??= []).push(...finds);
				first = earliest(finds, first);
				// A date at the start is the earliest; ours are asked in order, so later ones would lose a tie.
				if (first?.index === 0) break;
			}
			// Most dates open the line: then nothing stands before them for chrono to read.
			const text = first ? fullText.slice(0, first.index) : fullText;
			if (text.length < 3) return found ?? NO_DATES;
			if (mayHoldGermanDate(text)) {
				german ??= chronoDe.casual.clone();
				(found ??= []).push(...run({ chrono: german, source: "natural-de" }, text, fullText, { reference, forward }));
			}
			if (mayHoldEnglishDate(text)) {
				english ??= chronoEn.casual.clone();
				(found ??= []).push(...run({ chrono: english, source: "natural-en" }, text, fullText, { reference, forward }));
			}
			return found ?? NO_DATES;
		},
	};
}

const NAMES_A_MONTH = words(MONTH_PATTERN, "i");

/** Parses `text` (a prefix of `context`) with one language's parser; refiners see the whole line around each match. */
function run(
	{ chrono, source }: { chrono: Chrono; source: string },
	text: string,
	context: string,
	{ reference, forward = false }: { reference: IsoDay; forward?: boolean | undefined },
): FoundDate[] {
	const ref = parseIsoDay(reference);
	if (!ref) return [];
	const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
	const results = chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false });
	const found: FoundDate[] = [];
	for (const result of results) {
		const match = toMatch(result, context);
		const date = refine(match, reference, forward);
		if (!date) continue;
		const relative = !NAMES_A_MONTH.test(match.text);
		found.push({ date, end: null, index: match.index, length: match.text.length, yearWritten: match.known.year !== undefined, relative, source });
	}
	return found;
}

function toMatch(result: ParsedResult, text: string): NaturalMatch {
	const start = result.start;
	// chrono counts a leading space into some matches; the position of the first real character counts.
	const lead = result.text.length - result.text.trimStart().length;
	const index = result.index + lead;
	const matched = result.text.trim();
	const known: NaturalMatch["known"] = {};
	for (const key of ["year", "month", "day", "weekday"] as const) {
		if (start.isCertain(key)) {
			const value = start.get(key);
			if (value !== null) known[key] = value;
		}
	}
	const [y, m, d] = [start.get("year"), start.get("month"), start.get("day")];
	const resolved = y !== null && m !== null && d !== null && isValidDay(y, m, d) ? toIsoDay(y, m, d) : null;
	return {
		text: matched,
		index,
		before: text.slice(Math.max(0, index - 20), index),
		after: text.slice(index + matched.length, index + matched.length + 24),
		known,
		resolved,
	};
}
