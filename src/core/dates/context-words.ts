import { bounded, testBounded } from "../text/bounded";
import type { FoundDate } from "./found";
import { BECAUSE_WORDS, DEADLINE_JOINERS, DEADLINE_WORDS, REFERENCE_WORDS } from "./vocabulary";

/**
 * The words before a date that say what it is to the activity (CONTRACT). After a reference word
 * (`vom`, `seit`, `laut`, `gemäß`, `from`, `since`; `wg.`/`wegen` with up to three words between:
 * `wg. Termin 15.11.`) a date is what the activity refers to, never its own date. After a deadline word
 * (`bis`, `spätestens`, `bis zum`, `am`, `by`, `due`) it wins over the other dates of its format.
 */
const REFERENCE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(?:${REFERENCE_WORDS.join("|")})\\s+|(?:${BECAUSE_WORDS.join("|")})\\s+(?:\\S+\\s+){0,3})$`, "iu");
const DEADLINE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${DEADLINE_WORDS.join("|")})(?:\\s+(?:${DEADLINE_JOINERS.join("|")}))?\\s+$`, "iu");
const DEADLINE_IN = /^(?:am|on)\s/i;
/** A deadline word anywhere, not after a letter: a pattern that starts with its words, which the engine skips ahead to (see `bounded`). */
const ANY_DEADLINE = bounded("\\p{L}", new RegExp(`(?:${DEADLINE_WORDS.join("|")})\\s`, "iu"));

/** Whether a line holds a deadline word at all: only then can a later date win over the first. */
export function holdsDeadlineWord(text: string): boolean {
	return testBounded(ANY_DEADLINE, text);
}

const before = (text: string, found: FoundDate) => text.slice(Math.max(0, found.index - 40), found.index);

export function afterReferenceWord(text: string, found: FoundDate): boolean {
	return REFERENCE_BEFORE.test(before(text, found));
}

export function afterDeadlineWord(text: string, found: FoundDate): boolean {
	return DEADLINE_BEFORE.test(before(text, found)) || DEADLINE_IN.test(text.slice(found.index, found.index + 3));
}

/** `12.12.` of `vom 10. bis 12.12.`: a part of a range, whose "bis" is no deadline. */
function insideARange(f: FoundDate, finds: readonly FoundDate[]): boolean {
	for (const r of finds) if (r !== f && r.end !== null && r.index <= f.index && f.index < r.index + r.length && r.length > f.length) return true;
	return false;
}

/** The activity's date among one format's finds: not after a reference word nor inside a range; one after a deadline word first, else the earliest. */
export function activityDate(text: string, finds: readonly FoundDate[]): FoundDate | null {
	let first: FoundDate | null = null;
	let deadline: FoundDate | null = null;
	for (const f of finds) {
		if (afterReferenceWord(text, f) || insideARange(f, finds)) continue;
		if (!first || f.index < first.index) first = f;
		if ((!deadline || f.index < deadline.index) && afterDeadlineWord(text, f)) deadline = f;
	}
	return deadline ?? first;
}
