import type { ClassKey, CustomerRef, StuckCustomer } from "../../core/api";
import type { OverviewStrings } from "../i18n/overview-strings";
import { lineLink } from "./line-link";

/** Customers stuck in a phase, longest first: each a link that opens its note. */
export function renderStuckList(parent: HTMLElement, stuck: readonly StuckCustomer[], ui: OverviewStrings, open: (path: string) => void): void {
	if (stuck.length === 0) {
		parent.createDiv({ cls: "kundendossier-empty", text: ui.noneStuck });
		return;
	}
	const list = parent.createEl("ul", { cls: "kundendossier-overview-list kundendossier-overview-stuck" });
	for (const c of stuck) {
		const item = list.createEl("li", { attr: { "data-path": c.path } });
		lineLink(item, { cls: "kundendossier-overview-link", text: c.name, title: ui.openNote(c.name), open: () => open(c.path) });
		item.createSpan({ cls: "kundendossier-overview-detail", text: ui.stuckLine(c.phase, c.days, c.threshold) });
	}
}

/** Customers without next step, one line per class (A first), each customer a link. */
export function renderWithoutNextStep(parent: HTMLElement, byClass: Record<ClassKey, CustomerRef[]>, ui: OverviewStrings, open: (path: string) => void): void {
	const classes = (["A", "B", "C", "none"] as const).filter((k) => byClass[k].length > 0);
	if (classes.length === 0) {
		parent.createDiv({ cls: "kundendossier-empty", text: ui.noneWithoutNextStep });
		return;
	}
	const list = parent.createEl("ul", { cls: "kundendossier-overview-list kundendossier-overview-no-next" });
	for (const key of classes) {
		const item = list.createEl("li", { attr: { "data-abc": key } });
		item.createSpan({ cls: "kundendossier-abc-tag", text: key === "none" ? ui.noClass : key, attr: { "data-abc": key } });
		byClass[key].forEach((c, i) => {
			if (i > 0) item.createSpan({ text: ", " });
			lineLink(item, { cls: "kundendossier-overview-link", text: c.name, title: ui.openNote(c.name), open: () => open(c.path) }).setAttr("data-path", c.path);
		});
	}
}
