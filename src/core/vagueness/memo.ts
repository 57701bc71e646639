import type { Lang } from "../i18n/lang";
import type { WordPattern } from "../text/words";
import type { StepParts } from "./example-step";
import type { VaguenessInput } from "./rule";

/**
 * What the rules compile or build once and reuse: surname tests, the user's phrases as word tests, and
 * the parts of the last suggestion (several rules build theirs from the same activity). Whoever judges
 * many activities owns one (the index context makes one per run), so nothing outlives that run and
 * no text from one vault is kept for the next.
 */
export interface VaguenessMemo {
	readonly surnames: Map<string, WordPattern | null>;
	readonly phrases: Map<string, readonly WordPattern[]>;
	steps: { input: VaguenessInput; lang: Lang; parts: StepParts } | null;
}

export function createVaguenessMemo(): VaguenessMemo {
	return { surnames: new Map(), phrases: new Map(), steps: null };
}
