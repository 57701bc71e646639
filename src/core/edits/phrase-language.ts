/**
 * Whether a date phrase is English, so its replacement reads in the line's language. The phrase
 * decides when it holds a word of one language only; a phrase both share (`in November`, `KW 49`,
 * `Q1 2027`, `10.–12.12.`) goes by the words around it, and German, the notes' first language, wins a tie.
 */
const ENGLISH_PHRASE =
	/\b(?:today|tomorrow|tonight|next|this|last|week|weeks|month|months|day|days|end|beginning|start|mid|middle|after|of|the|on|by|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|may|june|july|october|december)\b/i;
const GERMAN_PHRASE =
	/[äöüß]|\b(?:morgen|heute|naechst|kommend|dies|woche|monat|tag|ende|anfang|mitte|kw|am|im|vom|bis|des|einer|quartal|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|maerz|mai|juni|juli|oktober|dezember)/i;
const ENGLISH_WORDS = /\b(?:the|and|to|with|for|call|send|about|meeting|offer|follow|up|by|on|at|of|mr|mrs|ms)\b/gi;
const GERMAN_WORDS =
	/[äöüß]|\b(?:der|die|das|den|dem|und|mit|an|bei|zum|zur|im|am|vom|bis|herrn?|frau|anrufen|senden|schicken|nachfassen|klären|vorbereiten|angebot|termin|wegen)\b/giu;

export function isEnglishPhrase(phrase: string, line: string): boolean {
	if (ENGLISH_PHRASE.test(phrase)) return true;
	if (GERMAN_PHRASE.test(phrase)) return false;
	const count = (pattern: RegExp) => line.match(pattern)?.length ?? 0;
	return count(ENGLISH_WORDS) > count(GERMAN_WORDS);
}
