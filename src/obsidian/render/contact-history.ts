import type { CustomerRecord } from "../../core/api";
import type { CardOptions } from "./dossier-card";
import { formatDay } from "./format";
import { lineLink } from "./line-link";

/** Contacts shown before "mehr …". */
const SHOWN = 5;

/** "Verlauf": the latest contacts, newest first, each with its day and a link to its line; the rest behind a toggle. */
export function renderContactHistory(card: HTMLElement, customer: CustomerRecord, options: CardOptions): void {
	const { ui, lang } = options;
	const section = card.createDiv({ cls: "kundendossier-history" });
	section.createDiv({ cls: "kundendossier-section-title", text: ui.card.history });
	const contacts = customer.recentContacts;
	if (contacts.length === 0) {
		section.createDiv({ cls: "is-missing", text: ui.card.noHistory });
		return;
	}
	const list = section.createEl("ul", { cls: "kundendossier-history-list" });
	const items = contacts.map((a, i) => {
		const item = list.createEl("li", { cls: "kundendossier-history-item", attr: { "data-kind": a.kind } });
		item.createSpan({ cls: "kundendossier-history-date", text: formatDay(a.doneDate ?? "", lang) });
		lineLink(item, {
			cls: "kundendossier-history-text",
			text: shownText(a.display || a.text, a.doneDate),
			title: ui.card.openLine,
			open: () => options.openLine(a.path, a.line),
		});
		item.hidden = i >= SHOWN;
		return item;
	});
	if (contacts.length <= SHOWN) return;
	const more = section.createEl("button", { cls: "kundendossier-history-more", text: ui.card.more(contacts.length - SHOWN) });
	let open = false;
	more.addEventListener("click", () => {
		open = !open;
		for (const [i, item] of items.entries()) item.hidden = !open && i >= SHOWN;
		more.setText(open ? ui.card.less : ui.card.more(contacts.length - SHOWN));
	});
}

/** The day already stands beside it: a log written as `2026-11-23 10:15 Telefonat …` shows from the time on. */
function shownText(text: string, day: string | null): string {
	return day && text.startsWith(`${day} `) ? text.slice(day.length + 1) : text;
}
