import type { CustomerRecord } from "../../core/customers/customer-record";
import { addDays } from "../../core/dates/day";
import type { Lang } from "../../core/i18n/lang";
import { messages } from "../../core/i18n";
import type { Activity } from "../../core/model/activity";
import type { UiStrings } from "../i18n/ui-strings";
import { formatDay, formatRelative } from "./format";
import { effectiveAbc } from "../../core/customers/effective-abc";

/** What a row can do; the view wires these to safe writes and navigation. */
export interface TaskActions {
	open: (activity: Activity) => void;
	openCustomer: (path: string) => void;
	toggle: (activity: Activity) => void;
	reschedule?: (activity: Activity, date: string) => void;
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
	const row = parent.createDiv({ cls: `kundendossier-task is-${a.status}${a.vague ? " is-vague" : ""}`, attr: { tabindex: 0, "data-path": a.path, "data-line": a.line } });
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
	if (customer?.phase) meta.createSpan({ cls: "kundendossier-task-phase", text: customer.phase });
	if (a.date) meta.createSpan({ cls: "kundendossier-task-date", text: `${formatDay(a.date, lang)} · ${formatRelative(a.date, ctx.today, lang)}` });
	if (a.path !== a.customer) meta.createSpan({ cls: "kundendossier-task-source", text: ui.tasks.fromDailyNote(a.path.replace(/^.*\//, "").replace(/\.md$/, "")) });

	if (a.vague) {
		const reasons = messages(lang).reasons;
		const badges = body.createDiv({ cls: "kundendossier-task-vague" });
		for (const r of a.reasons) badges.createSpan({ cls: `kundendossier-badge${r === "no-person" || r === "mixed-purpose" ? " is-hint" : ""}`, text: reasons[r], attr: { "data-reason": r } });
		if (a.suggestion) body.createDiv({ cls: "kundendossier-task-suggestion", text: a.suggestion });
	}
	if (a.status === "open" && (actions.reschedule || actions.concretize || actions.pinDate)) renderButtons(row, a, ctx);
	return row;
}

function renderButtons(row: HTMLElement, a: Activity, { ui, lang, actions, today }: RowContext): void {
	const bar = row.createDiv({ cls: "kundendossier-task-actions" });
	const base = a.date && a.date > today ? a.date : today;
	if (actions.reschedule) {
		const reschedule = actions.reschedule;
		const button = (label: string, days: number) =>
			bar.createEl("button", { text: label, attr: { "data-days": days } }).addEventListener("click", () => reschedule(a, addDays(base, days)));
		button(ui.tasks.plusDay, 1);
		button(ui.tasks.plusWeek, 7);
		const picker = bar.createEl("input", { attr: { type: "date", "aria-label": ui.tasks.pickDate } });
		picker.addEventListener("change", () => picker.value && reschedule(a, picker.value));
	}
	if (a.floating && a.date && actions.pinDate) {
		const pin = actions.pinDate;
		bar.createEl("button", { cls: "kundendossier-pin-date", text: ui.pinDate.action, attr: { title: ui.pinDate.title(formatDay(a.date, lang)) } }).addEventListener("click", () => pin(a));
	}
	if (a.vague && actions.concretize) {
		const concretize = actions.concretize;
		bar.createEl("button", { cls: "mod-cta", text: ui.tasks.concretize }).addEventListener("click", () => concretize(a));
	}
}
