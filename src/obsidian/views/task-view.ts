import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { filterTasks, sortTasks } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { RowCache, renderTaskGroups } from "../render/task-list";
import type { TaskActions } from "../render/task-row";
import { renderTaskToolbar, type TaskViewState } from "../render/task-toolbar";
import { DateModal } from "./date-modal";
import { taskActions } from "./task-actions";
import { moveFocus } from "./task-keys";

export const TASK_VIEW = "kundendossier-tasks";

const DEFAULT_STATE: TaskViewState = { filter: { status: null }, sort: "date" };
/** Narrower than this (a sidebar), the filter line starts closed unless the user opened it. */
const NARROW = 400;

/**
 * Every customer activity in one place, grouped by when it is due, vague ones flagged. The filter
 * state is the view's state, so Obsidian keeps it with the workspace.
 */
export class TaskView extends ItemView {
	private state: TaskViewState = DEFAULT_STATE;
	private toolbarEl: HTMLElement | null = null;
	private listEl: HTMLElement | null = null;
	private readonly rows = new RowCache();
	/** The actions close over the context only, so one set serves every render (and cached rows). */
	private readonly actions: TaskActions;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: PluginContext,
	) {
		super(leaf);
		const actions = taskActions(context);
		const { reschedule } = actions;
		this.actions = {
			...actions,
			pickDate: (a) => {
				const today = context.index.current.today;
				const initial = a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) && a.date > today ? a.date : today;
				if (reschedule) new DateModal(this.app, context.ui(), initial, (date) => reschedule(a, date)).open();
			},
		};
	}

	getViewType(): string {
		return TASK_VIEW;
	}

	getDisplayText(): string {
		return this.context.ui().tasks.viewTitle;
	}

	override getIcon(): string {
		return "list-checks";
	}

	override getState(): Record<string, unknown> {
		return { ...this.state };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = state as Partial<TaskViewState> | null;
		if (s?.filter && (s.sort === "date" || s.sort === "priority"))
			this.state = { filter: { ...s.filter }, sort: s.sort, ...(typeof s.filtersOpen === "boolean" ? { filtersOpen: s.filtersOpen } : {}) };
		this.render();
		await super.setState(state, result);
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("kundendossier-tasks");
		this.toolbarEl = this.contentEl.createDiv();
		this.listEl = this.contentEl.createDiv({ cls: "kundendossier-groups" });
		this.registerDomEvent(this.listEl, "keydown", (event) => this.onKey(event));
		this.registerEvent(this.context.index.on("updated", () => this.render()));
		this.render();
	}

	/** A sidebar resized across the threshold opens or closes the filter line (unless the user chose). */
	override onResize(): void {
		if (this.state.filtersOpen === undefined && this.toolbarEl && this.filtersOpen() !== !this.toolbarEl.querySelector(".is-collapsed")) this.renderToolbar();
	}

	private filtersOpen(): boolean {
		if (this.state.filtersOpen !== undefined) return this.state.filtersOpen;
		const width = this.contentEl.clientWidth;
		return width === 0 || width >= NARROW; // 0: not laid out yet
	}

	private change(next: TaskViewState): void {
		const toolbarChanged = next.filter.vagueOnly !== this.state.filter.vagueOnly || next.filtersOpen !== this.state.filtersOpen;
		this.state = next;
		if (toolbarChanged) this.renderToolbar();
		this.renderList();
		this.app.workspace.requestSaveLayout();
	}

	render(): void {
		this.renderToolbar();
		this.renderList();
	}

	private renderToolbar(): void {
		if (!this.toolbarEl) return;
		const typing = this.toolbarEl.contains(document.activeElement) && document.activeElement instanceof HTMLInputElement;
		this.toolbarEl.empty();
		renderTaskToolbar(this.toolbarEl, {
			index: this.context.index.current,
			state: this.state,
			ui: this.context.ui(),
			change: (update) => this.change(update(this.state)),
			open: this.filtersOpen(),
		});
		if (typing) this.toolbarEl.querySelector<HTMLInputElement>(".kundendossier-search")?.focus();
	}

	private renderList(): void {
		if (!this.listEl) return;
		this.listEl.empty();
		const index = this.context.index.current;
		const customers = new Map(index.customers.map((c) => [c.path, c]));
		const shown = filterTasks(index.activities, customers, this.state.filter);
		const { sort } = this.state;
		renderTaskGroups(
			this.listEl,
			shown,
			{ customers, ui: this.context.ui(), lang: this.context.lang(), today: index.today, actions: this.actions },
			this.rows,
			(items) => sortTasks(items, customers, sort),
		);
	}

	/** Arrow keys move between rows, Enter opens the activity, Space toggles it, the menu key (or Shift+F10) opens its menu. */
	private onKey(event: KeyboardEvent): void {
		const row = (event.target as HTMLElement).closest<HTMLElement>(".kundendossier-task");
		if (!row || !this.listEl || event.target !== row) return;
		if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			moveFocus(this.listEl, row, event.key === "ArrowDown" ? 1 : -1);
		} else if (event.key === "Enter" || event.key === " ") {
			event.preventDefault();
			const target =
				event.key === "Enter" ? row.querySelector<HTMLElement>(".kundendossier-task-text") : row.querySelector<HTMLElement>("input[type=checkbox]");
			target?.click();
		} else if (event.key === "ContextMenu" || (event.shiftKey && event.key === "F10")) {
			event.preventDefault();
			row.querySelector<HTMLElement>(".kundendossier-task-menu")?.click();
		}
	}
}
