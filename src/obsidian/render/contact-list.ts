import { type CustomerRecord, fold } from "../../core/api";
import type { CardOptions } from "./dossier-card";
import { formatDay } from "./format";
import { lineLink } from "./line-link";

/**
 * The dossier's `ansprechpartner` and the person notes that stand for the customer. A contact with a
 * person note of the same name links to it; the other person notes follow under "Personen".
 */
export function renderContactList(card: HTMLElement, customer: CustomerRecord, options: CardOptions): void {
	const { ui, lang } = options;
	const section = card.createDiv({ cls: "kundendossier-contacts" });
	section.createDiv({ cls: "kundendossier-section-title", text: ui.card.contacts });
	const persons = new Map(customer.persons.map((p) => [fold(p.name.trim()), p]));
	const openNote = (path: string) => () => options.openLine(path, 1);
	if (customer.dossier.contacts.length === 0 && persons.size === 0) {
		section.createDiv({ cls: "is-missing", text: ui.card.noContacts });
		return;
	}
	const list = section.createEl("ul");
	for (const c of customer.dossier.contacts) {
		const item = list.createEl("li");
		const person = persons.get(fold(c.name.trim()));
		if (person) {
			persons.delete(fold(c.name.trim()));
			lineLink(item, { cls: "kundendossier-contact-name kundendossier-person-link", text: c.name, title: person.path, open: openNote(person.path) }).setAttr(
				"data-path",
				person.path,
			);
		} else item.createSpan({ cls: "kundendossier-contact-name", text: c.name });
		if (c.role) item.createSpan({ cls: "kundendossier-contact-role", text: ` · ${c.role}` });
		if (c.birthday) item.createDiv({ cls: "kundendossier-contact-birthday", text: ui.card.birthday(formatDay(c.birthday, lang)) });
		renderReach(item, c.phone, c.email, options);
	}
	if (persons.size === 0) return;
	const others = section.createDiv({ cls: "kundendossier-persons" });
	others.createSpan({ cls: "kundendossier-persons-label", text: `${ui.card.personNotes}: ` });
	for (const [i, person] of [...persons.values()].entries()) {
		if (i > 0) others.createSpan({ text: ", " });
		lineLink(others, { cls: "kundendossier-person-link", text: person.name, title: person.path, open: openNote(person.path) }).setAttr(
			"data-path",
			person.path,
		);
	}
}

/** Phone and mail as links the system hands to the phone or mail app; anything else stays text. */
function renderReach(item: HTMLElement, phone: string | null, email: string | null, { ui }: CardOptions): void {
	if (!phone && !email) return;
	const line = item.createDiv({ cls: "kundendossier-contact-reach" });
	const dial = phone ? phone.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "") : "";
	if (phone && /\d{3}/.test(dial))
		line.createEl("a", { cls: "kundendossier-contact-phone", text: phone, attr: { href: `tel:${dial}`, title: ui.card.callTitle(phone) } });
	else if (phone) line.createSpan({ cls: "kundendossier-contact-phone", text: phone });
	if (phone && email) line.createSpan({ text: " · " });
	if (email && /^[^\s@<>"'()\\,;:]+@[^\s@<>"'()\\,;:]+\.[^\s@<>"'()\\,;:]+$/.test(email)) {
		line.createEl("a", { cls: "kundendossier-contact-mail", text: email, attr: { href: `mailto:${email}`, title: ui.card.mailTitle(email) } });
	} else if (email) line.createSpan({ cls: "kundendossier-contact-mail", text: email });
}
