import type { CustomerRecord, Lang } from "../../core/api";
import type { FactKey, UiStrings } from "../i18n/ui-strings";
import { formatMoney } from "./format";

const ORDER: FactKey[] = ["strategy", "decisionMakers", "supporters", "needs", "motives", "relationship", "obstacles", "revenue", "potential"];

/** The dossier's key facts; an empty field shows as a prompt, since completing the dossier is the point. */
export function renderFacts(parent: HTMLElement, customer: CustomerRecord, ui: UiStrings, lang: Lang): HTMLElement {
	const list = parent.createEl("dl", { cls: "kundendossier-facts" });
	for (const key of ORDER) {
		const value = factText(customer, key, lang);
		list.createEl("dt", { text: ui.card.facts[key] });
		list.createEl("dd", value === null ? { cls: "is-missing", text: ui.card.missing[key] } : { text: value });
	}
	return list;
}

function factText(customer: CustomerRecord, key: FactKey, lang: Lang): string | null {
	const d = customer.dossier;
	switch (key) {
		case "decisionMakers":
		case "supporters":
		case "motives":
			return d[key].length ? d[key].join("; ") : null;
		case "revenue":
		case "potential":
			return d[key] === null ? null : formatMoney(d[key], lang);
		default:
			return d[key];
	}
}
