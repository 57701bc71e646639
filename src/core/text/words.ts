import { bounded, testBounded } from "./bounded";
import { literalGate } from "./literal-gate";
import { charBefore, splitsAPair } from "./surrogates";

/**
 * Word-boundary regular expressions that understand German letters (JavaScript's `\b` knows only ASCII).
 * `words("rueckruf\\w*")` matches "rueckruf" and "rueckrufs" as whole words, never inside another word.
 * There is no lookbehind (iOS before 16.4 has none) and no leading boundary group (it makes the engine
 * try every position): the left boundary is checked after a match. Use these for testing, not for positions.
 */
const NOT_AFTER = "\\p{L}\\p{N}";
const RIGHT = "(?![\\p{L}\\p{N}])";

/** A whole-word test. Most texts lack every literal the pattern needs, and `includes()` says so cheaply. */
export interface WordPattern {
	test(text: string): boolean;
}

export function words(pattern: string, flags = ""): WordPattern {
	const alternatives = topLevelAlternatives(hoistWordPrefix(pattern));
	const isPrefixed = (a: string) => a.startsWith("\\w*") && !/^[?*+{]/.test(a.slice(3));
	const letters = (a: string) => a.replace(/\\w/g, "\\p{L}");
	const plain = alternatives.filter((a) => !isPrefixed(a));
	// `\w*rest`: a word that ends in what `rest` matches. Found by `rest`, then walked back to the word's start.
	const rests = alternatives.filter(isPrefixed).map((a) => a.slice(3));
	const whole = plain.length ? bounded(NOT_AFTER, new RegExp(`(?:${plain.map(letters).join("|")})${RIGHT}`, `gu${flags}`)) : null;
	const ending = rests.length ? new RegExp(`(?:${rests.map(letters).join("|")})${RIGHT}`, `gu${flags}`) : null;
	const mayMatch = literalGate(new RegExp(alternatives.map(letters).join("|"), `u${flags}`));
	return {
		test: (text) => mayMatch(text) && ((whole !== null && testBounded(whole, text)) || (ending !== null && endsAWord(ending, text))),
	};
}

// Sticky, so a test looks at one place; isAt() sets lastIndex before every test, so no state outlives a call.
const LETTER = /\p{L}/uy;
const DIGIT = /\p{N}/uy;

/** Whether `ending` matches where the letters before it start a word (no digit right before them). */
function endsAWord(ending: RegExp, text: string): boolean {
	ending.lastIndex = 0;
	for (let m = ending.exec(text); m; m = ending.exec(text)) {
		let start = m.index;
		// An empty ending can match between the halves of a surrogate pair: that is no place in a word.
		if (splitsAPair(text, start)) {
			ending.lastIndex = start + 1;
			continue;
		}
		while (start > 0 && isAt(LETTER, text, charBefore(text, start))) start = charBefore(text, start);
		if (start === 0 || !isAt(DIGIT, text, charBefore(text, start))) return true;
		ending.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
	}
	return false;
}

function isAt(cls: RegExp, text: string, at: number): boolean {
	cls.lastIndex = at;
	return cls.test(text);
}

/**
 * `\w*leiter|\w*team|gf` → `\w*(?:leiter|team)|gf`: the same words, but one backtracking run over a
 * word instead of one per suffix: the role test runs on every contact's role, so its cost grows with the vault.
 */
export function hoistWordPrefix(pattern: string): string {
	const alternatives = topLevelAlternatives(pattern);
	const suffixes = alternatives.filter((a) => a.startsWith("\\w*") && !/^[?*+{]/.test(a.slice(3)) && a.length > 3).map((a) => a.slice(3));
	if (suffixes.length < 2) return pattern;
	const rest = alternatives.filter((a) => !(a.startsWith("\\w*") && suffixes.includes(a.slice(3))));
	return [`\\w*(?:${suffixes.join("|")})`, ...rest].join("|");
}

/** Splits at the `|` that are outside groups, classes and escapes. */
function topLevelAlternatives(pattern: string): string[] {
	const parts: string[] = [];
	let [depth, inClass, start] = [0, false, 0];
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === "\\") i++;
		else if (inClass) inClass = c !== "]";
		else if (c === "[") inClass = true;
		else if (c === "(") depth++;
		else if (c === ")") depth--;
		else if (c === "|" && depth === 0) {
			parts.push(pattern.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(pattern.slice(start));
	return parts;
}
