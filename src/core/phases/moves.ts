import { isIsoDay } from "../dates/day";
import type { Messages } from "../i18n/messages";
import type { Problem } from "../model/customer";

export interface KnownStep {
	index: number;
	name: string;
	date: string;
}

/**
 * Phases build on each other (DOMAIN §2): a forward move may go one phase only, and its date may not
 * lie before the previous one. Moving back is allowed (a relationship can start over).
 */
export function checkMoves(history: readonly KnownStep[], current: { index: number; name: string } | null, labels: readonly string[], t: Messages): Problem[] {
	// Each phase by its index, in the messages' language.
	const label = (step: { index: number }) => labels[step.index] as string;
	const problems: Problem[] = [];
	for (let i = 1; i < history.length; i++) {
		const from = history[i - 1] as KnownStep;
		const to = history[i] as KnownStep;
		problems.push(...skipped(from, to, labels, t));
		if (to.index > from.index && isIsoDay(from.date) && isIsoDay(to.date) && to.date < from.date) {
			problems.push({ code: "phase-order", message: t.problems.phaseOrder(label(from), from.date, label(to), to.date) });
		}
	}
	const last = history[history.length - 1];
	if (last && current) problems.push(...skipped(last, current, labels, t));
	return problems;
}

function skipped(from: { index: number }, to: { index: number }, labels: readonly string[], t: Messages): Problem[] {
	if (to.index <= from.index + 1) return [];
	const between = labels.slice(from.index + 1, to.index);
	return [{ code: "phase-skipped", message: t.problems.phaseSkipped(labels[from.index] as string, labels[to.index] as string, between) }];
}
