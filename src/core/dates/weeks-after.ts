import { NUMBER, WORD_NUMBERS } from "./vocabulary";

/** `in einer Woche`, `in zwei Wochen`, `in a week` right after a day word: `Freitag in einer Woche`. */
const WEEKS = new RegExp(`^,?\\s*in\\s+(${NUMBER})\\s+(?:wochen?|weeks?)(?![\\p{L}])`, "iu");

/** The weeks an offset after `at` adds, and how many characters it takes (0 and 0 without one). */
export function weeksAfter(text: string, at: number): { weeks: number; length: number } {
	const m = WEEKS.exec(text.slice(at, at + 24));
	if (!m) return { weeks: 0, length: 0 };
	const count = (m[1] ?? "").toLowerCase();
	return { weeks: /^\d+$/.test(count) ? Number(count) : (WORD_NUMBERS[count] ?? 1), length: m[0].length };
}
