import type { PhaseStep } from "../model/customer";
import { slug } from "../text/fold";

export type StepState = "passed" | "current" | "skipped" | "future";

export interface TimelineStep {
	name: string;
	/** The latest date the history records for this phase, if any. */
	date: string | null;
	state: StepState;
	/** The relationship once went back from this phase (e.g. Machtkampf → Ernüchterung). */
	leftBackwards: boolean;
}

/**
 * Every phase of the model as a step for the dossier's timeline: passed, current, future, or skipped
 * (an earlier phase the history jumped over). Built from the index's data; views only draw it.
 */
export function timeline(phaseNames: readonly string[], history: readonly PhaseStep[], currentIndex: number): TimelineStep[] {
	const indexOf = new Map(phaseNames.map((name, i) => [slug(name), i]));
	const dates = new Map<number, string>();
	const skipped = new Set<number>();
	const leftBackwards = new Set<number>();
	let previous = -1;
	const visits = [...history.map((s) => indexOf.get(slug(s.phase)) ?? -1), ...(currentIndex >= 0 ? [currentIndex] : [])];
	visits.forEach((i, k) => {
		if (i < 0) return;
		const date = history[k]?.date;
		if (date && k < history.length && (!dates.get(i) || date > (dates.get(i) as string))) dates.set(i, date);
		if (previous >= 0 && i > previous + 1) for (let s = previous + 1; s < i; s++) if (!visits.includes(s)) skipped.add(s);
		if (previous >= 0 && i < previous) leftBackwards.add(previous);
		previous = i;
	});
	return phaseNames.map((name, i) => ({
		name,
		date: dates.get(i) ?? null,
		state: i === currentIndex ? "current" : skipped.has(i) ? "skipped" : currentIndex >= 0 && i < currentIndex ? "passed" : "future",
		leftBackwards: leftBackwards.has(i),
	}));
}
