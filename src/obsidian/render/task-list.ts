import { type Activity, effectiveAbc, groupTasks } from "../../core/api";
import { renderTaskRow, type RowContext } from "./task-row";

/** Rows per group before "show more": keeps thousands of activities fast to draw. */
export const PAGE = 100;

/**
 * Rows kept between renders, keyed by activity: after an index update only the rows of activities
 * that changed are built again; the others are moved into place as they are.
 */
export class RowCache {
	private rows = new Map<string, { signature: string; el: HTMLElement }>();
	private used = new Map<string, { signature: string; el: HTMLElement }>();

	row(parent: HTMLElement, a: Activity, ctx: RowContext): HTMLElement {
		const key = `${a.path}\u0000${a.line}\u0000${a.customer}`;
		const customer = ctx.customers.get(a.customer);
		// Everything the row shows, the ABC tag included.
		const signature = JSON.stringify([a.raw, a.status, a.date, a.vague, a.reasons, a.display, ctx.today, ctx.lang, customer?.name, effectiveAbc(customer), customer?.phase]);
		const cached = this.rows.get(key);
		if (cached && cached.signature === signature) {
			parent.appendChild(cached.el);
			this.used.set(key, cached);
			return cached.el;
		}
		const el = renderTaskRow(parent, a, ctx);
		this.used.set(key, { signature, el });
		return el;
	}

	/** Ends a render: rows not used this time are forgotten. */
	settle(): void {
		this.rows = this.used;
		this.used = new Map();
	}
}

/** Activities in their groups (Überfällig … Erledigt), Erledigt collapsed, each group paged. */
export function renderTaskGroups(parent: HTMLElement, activities: readonly Activity[], ctx: RowContext, cache?: RowCache): void {
	const groups = groupTasks(activities, ctx.today);
	if (groups.length === 0) {
		parent.createDiv({ cls: "kundendossier-empty", text: ctx.ui.tasks.noTasks });
		return;
	}
	for (const group of groups) {
		const details = parent.createEl("details", { cls: `kundendossier-group is-${group.key}`, attr: { "data-group": group.key } });
		if (group.key !== "done") details.setAttr("open", true);
		details.createEl("summary", { text: `${ctx.ui.tasks.groups[group.key]} (${group.items.length})` });
		const list = details.createDiv({ cls: "kundendossier-task-list" });
		renderPage(list, group.items, 0, ctx, cache);
	}
	cache?.settle();
}

function renderPage(list: HTMLElement, items: readonly Activity[], from: number, ctx: RowContext, cache?: RowCache): void {
	for (const a of items.slice(from, from + PAGE)) {
		if (cache) cache.row(list, a, ctx);
		else renderTaskRow(list, a, ctx);
	}
	const rest = items.length - from - PAGE;
	if (rest <= 0) return;
	const more = list.createEl("button", { cls: "kundendossier-more", text: ctx.ui.tasks.more(Math.min(rest, PAGE)) });
	more.addEventListener("click", () => {
		more.remove();
		renderPage(list, items, from + PAGE, ctx);
	});
}
