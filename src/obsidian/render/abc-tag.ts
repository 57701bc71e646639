import type { CustomerRecord } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";
import { formatPercent } from "./format";

/**
 * The ABC badge: the written class, and beside it the class of the revenue analysis when it differs
 * (or when none is written), with rank and shares as tooltip; and the class the potential lifts it to.
 */
export function renderAbcTag(parent: HTMLElement, customer: CustomerRecord, ui: UiStrings): HTMLElement {
	const wrap = parent.createSpan({ cls: "kundendossier-abc" });
	const written = customer.abc;
	wrap.createSpan({ cls: "kundendossier-abc-tag", text: written ?? ui.card.noAbc, attr: { "data-abc": written ?? "none" } });
	const analysis = customer.abcAnalysis;
	if (analysis && customer.abcComputed && customer.abcComputed !== written) {
		wrap.createSpan({
			cls: "kundendossier-abc-computed",
			text: ui.card.computedDiffers(customer.abcComputed, formatPercent(analysis.share)),
			attr: {
				"data-abc": customer.abcComputed,
				title: ui.card.computedTitle(analysis.rank, formatPercent(analysis.share), formatPercent(analysis.cumulative)),
			},
		});
	}
	const base = written ?? customer.abcComputed;
	if (base && customer.abcEffective && customer.abcEffective !== base) {
		wrap.createSpan({
			cls: "kundendossier-abc-lifted",
			text: ui.card.liftedByPotential(base, customer.abcEffective),
			attr: { "data-abc": customer.abcEffective, title: ui.card.liftedTitle },
		});
	}
	return wrap;
}
