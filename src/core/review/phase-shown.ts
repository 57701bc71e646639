import type { CustomerRecord } from "../customers/customer-record";
import type { Messages } from "../i18n/messages";

/** A customer's current phase as output in `t`'s language: its English name in English where the model has one. */
export function phaseShown(c: Pick<CustomerRecord, "phase" | "phaseIndex" | "phaseLabels">, t: Messages): string {
	if (c.phase === null) return t.summary.noPhase;
	return c.phaseIndex >= 0 ? (c.phaseLabels[t.lang][c.phaseIndex] ?? c.phase) : c.phase;
}
