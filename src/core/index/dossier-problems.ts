import type { Dossier } from "../dossier/dossier";
import type { IndexContext } from "./context";
import type { Problem } from "../model/customer";

/** The lifecycle model whose stages a `status` names (Wunschkunde … Top-Kunde, target … top). */
const LIFECYCLE = "lebenszyklus";

/**
 * `amount-unreadable` and `invalid-value`: dossier values that are set but cannot mean anything,
 * each naming its key and value as written. A `status` is judged against the lifecycle stages,
 * spelled any way the phase catalogue accepts (`Top Kunde`, `topkunde`, `regular`).
 */
export function dossierProblems(dossier: Dossier, ctx: IndexContext): Problem[] {
	const { t, catalog } = ctx;
	const problems: Problem[] = [];
	for (const flaw of dossier.flaws) {
		if (flaw.code === "amount-unreadable") problems.push({ code: flaw.code, message: t.problems.amountUnreadable(flaw.key, flaw.value) });
	}
	const lifecycle = catalog.model(LIFECYCLE);
	if (dossier.status !== null && lifecycle && catalog.phaseIndex(lifecycle, dossier.status) < 0) {
		problems.push({ code: "invalid-value", message: t.problems.invalidValue("status", dossier.status, null) });
	}
	for (const flaw of dossier.flaws) {
		if (flaw.code === "invalid-value") problems.push({ code: flaw.code, message: t.problems.invalidValue(flaw.key, flaw.value, flaw.contact) });
	}
	return problems;
}
