import type { IndexResult } from "../../core/index/index-result";
import type { TaskFilter, TaskSort } from "../../core/tasks/filters";
import type { UiStrings } from "../i18n/ui-strings";

export interface TaskViewState {
	filter: TaskFilter;
	sort: TaskSort;
}

/**
 * The task view's header: the vague counter (the number to drive to zero, and a filter), class,
 * status, phase, search and sort. Calls `change` with the new state; it keeps no state of its own.
 */
export function renderTaskToolbar(parent: HTMLElement, index: IndexResult, state: TaskViewState, ui: UiStrings, change: (next: TaskViewState) => void): void {
	const bar = parent.createDiv({ cls: "kundendossier-toolbar" });
	const vague = index.activities.filter((a) => a.vague).length;
	const counter = bar.createEl("button", { cls: `kundendossier-vague-counter${state.filter.vagueOnly ? " is-active" : ""}`, text: ui.tasks.vagueCount(vague), attr: { title: ui.tasks.vagueHint, "aria-pressed": Boolean(state.filter.vagueOnly) } });
	counter.addEventListener("click", () => change({ ...state, filter: { ...state.filter, vagueOnly: !state.filter.vagueOnly } }));

	const select = (options: Array<[string, string]>, value: string, onChange: (v: string) => void) => {
		const el = bar.createEl("select", { cls: "dropdown" });
		for (const [v, label] of options) el.createEl("option", { text: label, attr: { value: v } });
		el.value = value;
		el.addEventListener("change", () => onChange(el.value));
	};
	select([["", ui.tasks.allClasses], ["A", "A"], ["B", "B"], ["C", "C"]], state.filter.abc ?? "", (v) => change({ ...state, filter: { ...state.filter, abc: v === "A" || v === "B" || v === "C" ? v : null } }));
	select(
		[["", ui.tasks.allStatuses], ["open", ui.tasks.statuses.open], ["done", ui.tasks.statuses.done], ["cancelled", ui.tasks.statuses.cancelled]],
		state.filter.status ?? "",
		(v) => change({ ...state, filter: { ...state.filter, status: v === "open" || v === "done" || v === "cancelled" ? v : null } }),
	);
	const phases = [...new Set(index.customers.filter((c) => c.phase).map((c) => `${c.phaseModel}:${c.phase}`))].sort();
	const phaseValue = state.filter.phaseModel && state.filter.phase ? `${state.filter.phaseModel}:${state.filter.phase}` : "";
	select([["", ui.tasks.allPhases], ...phases.map((p): [string, string] => [p, p.replace(":", ": ")])], phaseValue, (v) => {
		const [model, phase] = v ? v.split(":") : [null, null];
		change({ ...state, filter: { ...state.filter, phaseModel: model ?? null, phase: phase ?? null } });
	});
	const byName = [...index.customers].sort((a, b) => a.name.localeCompare(b.name));
	select([["", ui.tasks.allCustomers], ...byName.map((c): [string, string] => [c.path, c.name])], state.filter.customer ?? "", (v) =>
		change({ ...state, filter: { ...state.filter, customer: v || null } }),
	);
	select([["date", ui.tasks.sortByDate], ["priority", ui.tasks.sortByPriority]], state.sort, (v) => change({ ...state, sort: v === "priority" ? "priority" : "date" }));
	const search = bar.createEl("input", { cls: "kundendossier-search", attr: { type: "search", placeholder: ui.tasks.search } });
	search.value = state.filter.text ?? "";
	search.addEventListener("input", () => change({ ...state, filter: { ...state.filter, text: search.value } }));
}
