import { yamlScalar } from "./yaml-text";

/** One phase change to record. */
export interface PhaseChange {
	phase: string;
	date: string;
	/** Why (a restart after the key contact left); recorded with the history entry. */
	reason?: string;
}

const PHASE_KEY = /^(phase|name|stufe|step)$/i;
const DATE_KEY = /^(datum|date|seit|since|am|ab|from)$/i;

/** The keys an entry uses for phase and date, as the note's entries spell them (`phase`/`datum` by default). */
export interface EntryKeys {
	phase: string;
	date: string;
}

/** The phase and date keys among the plain keys of some YAML text (the note's first entry). */
export function entryKeys(text: string): EntryKeys {
	const keys = [...text.matchAll(/([\p{L}_]+)\s*:(?=\s)/gu)].map((m) => m[1] as string);
	return { phase: keys.find((k) => PHASE_KEY.test(k)) ?? "phase", date: keys.find((k) => DATE_KEY.test(k)) ?? "datum" };
}

export const isEntryKey = (key: string): boolean => PHASE_KEY.test(key) || DATE_KEY.test(key);

/** The entry as `key: value` pairs, phase first, the reason last. */
export function entryPairs(change: PhaseChange, keys: EntryKeys): string[] {
	return [`${keys.phase}: ${yamlScalar(change.phase)}`, `${keys.date}: ${change.date}`, ...(change.reason ? [`grund: ${yamlScalar(change.reason)}`] : [])];
}

export const flowEntry = (change: PhaseChange, keys: EntryKeys): string => `{${entryPairs(change, keys).join(", ")}}`;
