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
export function checkMoves(history: readonly KnownStep[], current: { index: number; name: string } | null, names: readonly string[], t: Messages): Problem[] {
	const problems: Problem[] = [];
	for (let i = 1; i < history.length; i++) {
		const from = history[i - 1] as KnownStep;
		const to = history[i] as KnownStep;
		problems.push(...skipped(from, to, names, t));
		if (to.index > from.index && isIsoDay(from.date) && isIsoDay(to.date) && to.date < from.date) {
			problems.push({ code: "phase-order", message: t.problems.phaseOrder(from.name, from.date, to.name, to.date) });
		}
	}
	const last = history[history.length - 1];
	if (last && current) problems.push(...skipped(last, current, names, t));
	return problems;
}

function skipped(from: { index: number; name: string }, to: { index: number; name: string }, names: readonly string[], t: Messages): Problem[] {
	if (to.index <= from.index + 1) return [];
	const between = names.slice(from.index + 1, to.index);
	return [{ code: "phase-skipped", message: t.problems.phaseSkipped(from.name, to.name, between) }];
}

