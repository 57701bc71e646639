import { type Activity, type CustomerRecord, effectiveAbc, type Lang, messages, phaseShown } from "../../core/api";
import { setIcon } from "obsidian";
import type { UiStrings } from "../i18n/ui-strings";
import { formatDay, formatRelative } from "./format";
import { taskMenu } from "./task-menu";

/** What a row can do; the view wires these to safe writes and navigation. */
export interface TaskActions {
	open: (activity: Activity) => void;
	openCustomer: (path: string) => void;
	toggle: (activity: Activity) => void;
	reschedule?: (activity: Activity, date: string) => void;
	/** Asks for a day, then reschedules to it. */
	pickDate?: (activity: Activity) => void;
	concretize?: (activity: Activity) => void;
	/** Writes the day a floating date means today into the line. */
	pinDate?: (activity: Activity) => void;
}

export interface RowContext {
	customers: ReadonlyMap<string, CustomerRecord>;
	ui: UiStrings;
	lang: Lang;
	today: string;
	actions: TaskActions;
}

/** One activity: checkbox, text, customer, ABC, phase, date (absolute and relative), source, vagueness. */
export function renderTaskRow(parent: HTMLElement, a: Activity, ctx: RowContext): HTMLElement {
	const { ui, lang, actions } = ctx;
	const customer = ctx.customers.get(a.customer);
	const row = parent.createDiv({
		cls: `kundendossier-task is-${a.status}${a.vague ? " is-vague" : ""}`,
		attr: { tabindex: 0, "data-path": a.path, "data-line": a.line },
	});
	const box = row.createEl("input", { cls: "task-list-item-checkbox", attr: { type: "checkbox", "aria-label": ui.tasks.toggle } });
	box.checked = a.status === "done";
	box.addEventListener("click", (e) => {
		e.preventDefault();
		actions.toggle(a);
	});
	const body = row.createDiv({ cls: "kundendossier-task-body" });
	const text = body.createDiv({ cls: "kundendossier-task-text", text: a.display || a.text, attr: { title: a.text } });
	text.addEventListener("click", () => actions.open(a));

	const meta = body.createDiv({ cls: "kundendossier-task-meta" });
	const name = meta.createEl("a", { cls: "kundendossier-task-customer", text: customer?.name ?? a.customer, attr: { href: "#" } });
	name.addEventListener("click", (e) => {
		e.preventDefault();
		actions.openCustomer(a.customer);
	});
	const abc = effectiveAbc(customer);
	if (abc) meta.createSpan({ cls: "kundendossier-abc-tag", text: abc, attr: { "data-abc": abc } });
	if (customer?.phase) meta.createSpan({ cls: "kundendossier-task-phase", text: phaseShown(customer, messages(lang)) });
	if (a.date) meta.createSpan({ cls: "kundendossier-task-date", text: `${formatDay(a.date, lang)} · ${formatRelative(a.date, ctx.today, lang)}` });
	if (a.path !== a.customer)
		meta.createSpan({ cls: "kundendossier-task-source", text: ui.tasks.fromDailyNote(a.path.replace(/^.*\//, "").replace(/\.md$/, "")) });

	if (a.vague) {
		const reasons = messages(lang).reasons;
		const badges = body.createDiv({ cls: "kundendossier-task-vague" });
		for (const r of a.reasons)
			badges.createSpan({
				cls: `kundendossier-badge${r === "no-person" || r === "mixed-purpose" ? " is-hint" : ""}`,
				text: reasons[r],
				attr: { "data-reason": r },
			});
		if (a.suggestion) body.createDiv({ cls: "kundendossier-task-suggestion", text: a.suggestion });
	}
	if (actions.reschedule || actions.concretize || actions.pinDate) renderMenuButton(row, a, ctx);
	return row;
}

/** "…" opens the row's menu; so does right-click anywhere on the row. */
function renderMenuButton(row: HTMLElement, a: Activity, ctx: RowContext): void {
	const button = row.createEl("button", {
		cls: "clickable-icon kundendossier-task-menu",
		attr: { "aria-label": ctx.ui.tasks.actions, "aria-haspopup": "menu" },
	});
	setIcon(button, "more-horizontal");
	button.addEventListener("click", (e) => {
		e.stopPropagation();
		const rect = button.getBoundingClientRect();
		taskMenu(a, ctx).showAtPosition({ x: rect.left, y: rect.bottom });
	});
	row.addEventListener("contextmenu", (e) => {
		e.preventDefault();
		taskMenu(a, ctx).showAtMouseEvent(e);
	});
}
