import { type CustomerRecord, type Lang, timeline } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";
import { formatDay } from "./format";

/**
 * Every phase of the customer's model as a step: dated where the history has a date, the current one
 * highlighted, skipped ones marked as a problem, moves back shown. A vertical list reads well at 300 px.
 */
export function renderPhaseTimeline(parent: HTMLElement, customer: CustomerRecord, ui: UiStrings, lang: Lang): HTMLElement {
	const section = parent.createDiv({ cls: "kundendossier-timeline" });
	section.createDiv({ cls: "kundendossier-timeline-model", text: ui.card.model(customer.phaseModelName[lang]) });
	const list = section.createEl("ol", { cls: "kundendossier-steps" });
	// Steps come in model order; each shows its name in the UI's language, `data-phase` the canonical one.
	for (const [i, step] of timeline(customer.phaseNames, customer.phaseHistory, customer.phaseIndex).entries()) {
		const item = list.createEl("li", { cls: `kundendossier-step is-${step.state}`, attr: { "data-phase": step.name } });
		if (step.state === "current") item.setAttr("aria-current", "step");
		item.createSpan({ cls: "kundendossier-step-dot" });
		const body = item.createDiv({ cls: "kundendossier-step-body" });
		body.createSpan({ cls: "kundendossier-step-name", text: customer.phaseLabels[lang][i] ?? step.name });
		if (step.date) body.createSpan({ cls: "kundendossier-step-date", text: formatDay(step.date, lang) });
		if (step.state === "skipped") body.createSpan({ cls: "kundendossier-step-note mod-warning", text: ui.card.skipped });
		if (step.leftBackwards) body.createSpan({ cls: "kundendossier-step-note", text: ui.card.movedBack });
	}
	return section;
}
