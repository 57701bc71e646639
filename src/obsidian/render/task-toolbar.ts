import type { IndexResult, TaskFilter, TaskSort } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";

export interface TaskViewState {
	filter: TaskFilter;
	sort: TaskSort;
	/** The filter line opened or closed by the user; unset, it follows the view's width. */
	filtersOpen?: boolean;
}

/** What the toolbar shows: the index and view state it reads, the texts, whether its filter line is open, and where a new state goes. */
export interface TaskToolbarOptions {
	index: IndexResult;
	state: TaskViewState;
	ui: UiStrings;
	change: (next: TaskViewState) => void;
	open?: boolean;
}

/**
 * The task view's header: the vague counter (the number to drive to zero, and a filter) and a
 * "Filter" toggle; open, the class, status, phase, customer, sort and search fields, closed, one line
 * naming the active filters. Calls `change` with the new state; it keeps no state of its own.
 */
export function renderTaskToolbar(parent: HTMLElement, { index, state, ui, change, open = true }: TaskToolbarOptions): void {
	const t = ui.tasks;
	const bar = parent.createDiv({ cls: `kundendossier-toolbar${open ? "" : " is-collapsed"}` });
	const head = bar.createDiv({ cls: "kundendossier-toolbar-line" });
	const toggle = head.createEl("button", {
		cls: "kundendossier-filter-toggle",
		text: open ? t.filters : t.filterSummary(activeFilters(index, state, ui)),
		attr: { "aria-expanded": String(open) },
	});
	toggle.addEventListener("click", () => change({ ...state, filtersOpen: !open }));
	const vague = index.activities.filter((a) => a.vague).length;
	const counter = head.createEl("button", {
		cls: `kundendossier-vague-counter${state.filter.vagueOnly ? " is-active" : ""}`,
		text: t.vagueCount(vague),
		attr: { title: t.vagueHint, "aria-pressed": Boolean(state.filter.vagueOnly) },
	});
	counter.addEventListener("click", () => change({ ...state, filter: { ...state.filter, vagueOnly: !state.filter.vagueOnly } }));
	if (!open) return;

	const fields = bar.createDiv({ cls: "kundendossier-toolbar-fields" });
	const select = (name: string, options: Array<[string, string]>, value: string, onChange: (v: string) => void) => {
		const el = fields.createEl("select", { cls: "dropdown", attr: { "aria-label": name, title: name } });
		for (const [v, label] of options) el.createEl("option", { text: label, attr: { value: v } });
		el.value = value;
		el.addEventListener("change", () => onChange(el.value));
	};
	select(
		t.filterNames.abc,
		[
			["", t.allClasses],
			["A", "A"],
			["B", "B"],
			["C", "C"],
		],
		state.filter.abc ?? "",
		(v) => change({ ...state, filter: { ...state.filter, abc: v === "A" || v === "B" || v === "C" ? v : null } }),
	);
	select(
		t.filterNames.status,
		[
			["", t.allStatuses],
			["open", t.statuses.open],
			["done", t.statuses.done],
			["cancelled", t.statuses.cancelled],
		],
		state.filter.status ?? "",
		(v) => change({ ...state, filter: { ...state.filter, status: v === "open" || v === "done" || v === "cancelled" ? v : null } }),
	);
	const phases = [...new Set(index.customers.filter((c) => c.phase).map((c) => `${c.phaseModel}:${c.phase}`))].sort();
	const phaseValue = state.filter.phaseModel && state.filter.phase ? `${state.filter.phaseModel}:${state.filter.phase}` : "";
	select(t.filterNames.phase, [["", t.allPhases], ...phases.map((p): [string, string] => [p, p.replace(":", ": ")])], phaseValue, (v) => {
		const [model, phase] = v ? v.split(":") : [null, null];
		change({ ...state, filter: { ...state.filter, phaseModel: model ?? null, phase: phase ?? null } });
	});
	const byName = [...index.customers].sort((a, b) => a.name.localeCompare(b.name));
	select(t.filterNames.customer, [["", t.allCustomers], ...byName.map((c): [string, string] => [c.path, c.name])], state.filter.customer ?? "", (v) =>
		change({ ...state, filter: { ...state.filter, customer: v || null } }),
	);
	select(
		t.filterNames.sort,
		[
			["date", t.sortByDate],
			["priority", t.sortByPriority],
		],
		state.sort,
		(v) => change({ ...state, sort: v === "priority" ? "priority" : "date" }),
	);
	const search = fields.createEl("input", { cls: "kundendossier-search", attr: { type: "search", placeholder: t.search, "aria-label": t.filterNames.search } });
	search.value = state.filter.text ?? "";
	search.addEventListener("input", () => change({ ...state, filter: { ...state.filter, text: search.value } }));
}

/** The closed filter line's summary: each active filter by its value, e.g. "A · Offen · Vage". */
function activeFilters(index: IndexResult, { filter }: TaskViewState, ui: UiStrings): string[] {
	const parts: string[] = [];
	if (filter.abc) parts.push(filter.abc);
	if (filter.status) parts.push(ui.tasks.statuses[filter.status]);
	if (filter.phase) parts.push(filter.phase);
	if (filter.customer) parts.push(index.customers.find((c) => c.path === filter.customer)?.name ?? filter.customer);
	if (filter.vagueOnly) parts.push(ui.tasks.vague);
	if (filter.text?.trim()) parts.push(`"${filter.text.trim()}"`);
	return parts;
}
