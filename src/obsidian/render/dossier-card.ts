import type { CustomerRecord } from "../../core/customers/customer-record";
import type { Lang } from "../../core/i18n/lang";
import type { UiStrings } from "../i18n/ui-strings";
import { renderAbcTag } from "./abc-tag";
import { renderFacts } from "./fact-list";
import { formatDay } from "./format";
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
		const activity = nextEl.createEl("a", { cls: "kundendossier-next", text: formatDay(next.date, lang), attr: { href: "#", title: ui.card.openLine } });
		activity.addEventListener("click", (event) => {
			event.preventDefault();
			options.openLine(next.path, next.line);
		});
	}

	renderFacts(card, customer, ui, lang);
	renderContacts(card, customer, ui, lang);
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
	const mark = codes.has("contact-overdue") ? { cls: "is-overdue", text: ui.card.contactOverdue } : codes.has("contact-due") ? { cls: "is-due", text: ui.card.contactDueSoon } : null;
	list.createEl("dt", { text: ui.card.contactDue });
	const due = list.createEl("dd", { cls: `kundendossier-contact-due${mark ? ` ${mark.cls}` : ""}`, text: formatDay(customer.contactDue, lang) });
	if (mark) due.createSpan({ cls: "kundendossier-contact-due-mark", text: ` · ${mark.text}` });
}

function renderContacts(card: HTMLElement, customer: CustomerRecord, ui: UiStrings, lang: Lang): void {
	const section = card.createDiv({ cls: "kundendossier-contacts" });
	section.createDiv({ cls: "kundendossier-section-title", text: ui.card.contacts });
	if (customer.dossier.contacts.length === 0) {
		section.createDiv({ cls: "is-missing", text: ui.card.noContacts });
		return;
	}
	const list = section.createEl("ul");
	for (const c of customer.dossier.contacts) {
		const item = list.createEl("li");
		item.createSpan({ cls: "kundendossier-contact-name", text: c.name });
		if (c.role) item.createSpan({ cls: "kundendossier-contact-role", text: ` · ${c.role}` });
		if (c.birthday) item.createDiv({ cls: "kundendossier-contact-birthday", text: ui.card.birthday(formatDay(c.birthday, lang)) });
		renderReach(item, c.phone, c.email, ui);
	}
}

/** Phone and mail as links the system hands to the phone or mail app; anything else stays text. */
function renderReach(item: HTMLElement, phone: string | null, email: string | null, ui: UiStrings): void {
	if (!phone && !email) return;
	const line = item.createDiv({ cls: "kundendossier-contact-reach" });
	const dial = phone ? phone.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "") : "";
	if (phone && /\d{3}/.test(dial)) line.createEl("a", { cls: "kundendossier-contact-phone", text: phone, attr: { href: `tel:${dial}`, title: ui.card.callTitle(phone) } });
	else if (phone) line.createSpan({ cls: "kundendossier-contact-phone", text: phone });
	if (phone && email) line.createSpan({ text: " · " });
	if (email && /^[^\s@<>"'()\\,;:]+@[^\s@<>"'()\\,;:]+\.[^\s@<>"'()\\,;:]+$/.test(email)) {
		line.createEl("a", { cls: "kundendossier-contact-mail", text: email, attr: { href: `mailto:${email}`, title: ui.card.mailTitle(email) } });
	} else if (email) line.createSpan({ cls: "kundendossier-contact-mail", text: email });
}
