import type { CustomerRecord, Lang } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";
import { renderAbcTag } from "./abc-tag";
import { renderContactHistory } from "./contact-history";
import { renderContactList } from "./contact-list";
import { renderFacts } from "./fact-list";
import { formatDay } from "./format";
import { lineLink } from "./line-link";
import { renderPhaseTimeline } from "./phase-timeline";

export interface CardOptions {
	ui: UiStrings;
	lang: Lang;
	/** Opens a note at a 1-based line. */
	openLine: (path: string, line: number) => void;
}

/** The dossier card, shared by the code block and the sidebar view. Built with createEl only. */
export function renderDossierCard(parent: HTMLElement, customer: CustomerRecord, options: CardOptions): HTMLElement {
	const { ui, lang } = options;
	const card = parent.createDiv({ cls: "kundendossier-card" });
	const header = card.createDiv({ cls: "kundendossier-card-header" });
	header.createEl("h3", { cls: "kundendossier-card-name", text: customer.name });
	renderAbcTag(header, customer, ui);
	if (customer.dossier.status) header.createSpan({ cls: "kundendossier-status", text: customer.dossier.status });

	renderProblems(card, customer, ui);
	renderPhaseTimeline(card, customer, ui, lang);

	const contact = card.createEl("dl", { cls: "kundendossier-facts kundendossier-contact" });
	contact.createEl("dt", { text: ui.card.lastContact });
	contact.createEl("dd", customer.lastContact ? { text: formatDay(customer.lastContact, lang) } : { cls: "is-missing", text: ui.card.noLastContact });
	renderContactDue(contact, customer, ui, lang);
	contact.createEl("dt", { text: ui.card.nextActivity });
	const next = customer.nextActivity;
	const nextEl = contact.createEl("dd", next ? {} : { cls: "is-missing", text: ui.card.noNextActivity });
	if (next) {
		lineLink(nextEl, {
			cls: "kundendossier-next",
			text: formatDay(next.date, lang),
			title: ui.card.openLine,
			open: () => options.openLine(next.path, next.line),
		});
		if (customer.nextActivityText) nextEl.createSpan({ cls: "kundendossier-next-text", text: ` · ${customer.nextActivityText}` });
	}

	renderContactHistory(card, customer, options);
	renderFacts(card, customer, ui, lang);
	renderContactList(card, customer, options);
	return card;
}

function renderProblems(card: HTMLElement, customer: CustomerRecord, ui: UiStrings): void {
	if (customer.problems.length === 0) return;
	const box = card.createDiv({ cls: "kundendossier-problems", attr: { role: "status" } });
	box.createDiv({ cls: "kundendossier-section-title", text: ui.card.problems });
	const list = box.createEl("ul");
	for (const problem of customer.problems) list.createEl("li", { text: problem.message, attr: { "data-code": problem.code } });
}

/** "Kontakt fällig am …", marked when the review lists it as due soon or overdue. */
function renderContactDue(list: HTMLElement, customer: CustomerRecord, ui: UiStrings, lang: Lang): void {
	if (!customer.contactDue) return;
	const codes = new Set(customer.problems.map((p) => p.code));
	const mark = codes.has("contact-overdue")
		? { cls: "is-overdue", text: ui.card.contactOverdue }
		: codes.has("contact-due")
			? { cls: "is-due", text: ui.card.contactDueSoon }
			: null;
	list.createEl("dt", { text: ui.card.contactDue });
	const due = list.createEl("dd", { cls: `kundendossier-contact-due${mark ? ` ${mark.cls}` : ""}`, text: formatDay(customer.contactDue, lang) });
	if (mark) due.createSpan({ cls: "kundendossier-contact-due-mark", text: ` · ${mark.text}` });
}
