import type { IndexResult, TaskFilter, TaskSort } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";
import { customersByName } from "./customers-by-name";

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
	/** Applies `update` to the view's state as it is when the user acts, not as it was drawn: fields keep their choices between drawings. */
	change: (update: (current: TaskViewState) => TaskViewState) => void;
	open?: boolean;
}

/**
 * The task view's header: the vague counter (the number to drive to zero, and a filter) and a
 * "Filter" toggle; open, the class, status, phase, customer, sort and search fields, closed, one line
 * naming the active filters. Calls `change` with how the state changes; it keeps no state of its own.
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
	toggle.addEventListener("click", () => change((s) => ({ ...s, filtersOpen: !open })));
	const vague = index.activities.filter((a) => a.vague).length;
	const counter = head.createEl("button", {
		cls: `kundendossier-vague-counter${state.filter.vagueOnly ? " is-active" : ""}`,
		text: t.vagueCount(vague),
		attr: { title: t.vagueHint, "aria-pressed": Boolean(state.filter.vagueOnly) },
	});
	counter.addEventListener("click", () => change((s) => ({ ...s, filter: { ...s.filter, vagueOnly: !s.filter.vagueOnly } })));
	if (!open) return;

	const fields = bar.createDiv({ cls: "kundendossier-toolbar-fields" });
	/** `long`: its options are added when the field is first focused or pressed; until then it holds "all" and its value. */
	const select = (name: string, options: Array<[string, string]>, value: string, onChange: (v: string) => void, long = false) => {
		const el = fields.createEl("select", { cls: long ? "dropdown kundendossier-long-field" : "dropdown", attr: { "aria-label": name, title: name } });
		const add = (list: Array<[string, string]>, selected: string) => {
			for (const [v, label] of list) el.createEl("option", { text: label, attr: { value: v } });
			el.value = selected;
		};
		// Hundreds of customer names are measured for the field's width: laid out only when someone opens it, not on the first paint.
		const shown = long ? options.filter(([v], i) => i === 0 || v === value) : options;
		add(shown, value);
		if (shown.length < options.length) {
			let filled = false;
			// Once, whichever event comes first, keeping what the field holds by then.
			const fill = () => {
				if (filled) return;
				filled = true;
				const selected = el.value;
				el.empty();
				add(options, selected);
			};
			for (const type of ["focus", "pointerdown", "mousedown"] as const) el.addEventListener(type, fill, { once: true });
		}
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
		(v) => change((s) => ({ ...s, filter: { ...s.filter, abc: v === "A" || v === "B" || v === "C" ? v : null } })),
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
		(v) => change((s) => ({ ...s, filter: { ...s.filter, status: v === "open" || v === "done" || v === "cancelled" ? v : null } })),
	);
	const phases = [...new Set(index.customers.filter((c) => c.phase).map((c) => `${c.phaseModel}:${c.phase}`))].sort();
	const phaseValue = state.filter.phaseModel && state.filter.phase ? `${state.filter.phaseModel}:${state.filter.phase}` : "";
	select(
		t.filterNames.phase,
		[["", t.allPhases], ...phases.map((p): [string, string] => [p, p.replace(":", ": ")])],
		phaseValue,
		(v) => {
			const [model, phase] = v ? v.split(":") : [null, null];
			change((s) => ({ ...s, filter: { ...s.filter, phaseModel: model ?? null, phase: phase ?? null } }));
		},
		true,
	);
	const byName = customersByName(index.customers);
	select(
		t.filterNames.customer,
		[["", t.allCustomers], ...byName.map((c): [string, string] => [c.path, c.name])],
		state.filter.customer ?? "",
		(v) => change((s) => ({ ...s, filter: { ...s.filter, customer: v || null } })),
		true,
	);
	select(
		t.filterNames.sort,
		[
			["date", t.sortByDate],
			["priority", t.sortByPriority],
		],
		state.sort,
		(v) => change((s) => ({ ...s, sort: v === "priority" ? "priority" : "date" })),
	);
	const search = fields.createEl("input", { cls: "kundendossier-search", attr: { type: "search", placeholder: t.search, "aria-label": t.filterNames.search } });
	search.value = state.filter.text ?? "";
	search.addEventListener("input", () => change((s) => ({ ...s, filter: { ...s.filter, text: search.value } })));
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
