import { type Activity, effectiveAbc, groupTasks } from "../../core/api";
import { renderTaskRow, type RowContext } from "./task-row";

/** Rows per group before "show more": keeps thousands of activities fast to draw. */
export const PAGE = 100;
/**
 * New rows built before a render returns: about a window's height. The rest of each group's page is
 * built right after the first paint, so the view shows its top at once however many activities there are.
 */
export const FIRST_PAINT = 20;

/**
 * Rows kept between renders, keyed by activity: after an index update only the rows of activities
 * that changed are built again; the others are moved into place as they are.
 */
export class RowCache {
	private rows = new Map<string, { signature: string; el: HTMLElement }>();
	private used = new Map<string, { signature: string; el: HTMLElement }>();
	/** Counts renders: rows deferred by one render are not built once the next has begun. */
	generation = 0;

	/** The activity's row, appended to `parent`, before `before` if given. `late`: built after the render settled. */
	row(parent: HTMLElement, a: Activity, ctx: RowContext, { before = null, late = false }: { before?: HTMLElement | null; late?: boolean } = {}): HTMLElement {
		const key = `${a.path}\u0000${a.line}\u0000${a.customer}`;
		const customer = ctx.customers.get(a.customer);
		// Everything the row shows, the ABC tag included.
		const signature = JSON.stringify([
			a.raw,
			a.status,
			a.date,
			a.vague,
			a.reasons,
			a.display,
			ctx.today,
			ctx.lang,
			customer?.name,
			effectiveAbc(customer),
			customer?.phase,
		]);
		const into = late ? this.rows : this.used;
		const cached = this.rows.get(key);
		if (cached && cached.signature === signature) {
			parent.insertBefore(cached.el, before);
			into.set(key, cached);
			return cached.el;
		}
		const el = renderTaskRow(parent, a, ctx);
		if (before) parent.insertBefore(el, before);
		into.set(key, { signature, el });
		return el;
	}

	/** Whether the activity's row is kept as it is: moving it costs nothing worth deferring. */
	has(a: Activity): boolean {
		return this.rows.has(`${a.path}\u0000${a.line}\u0000${a.customer}`);
	}

	/** No row is kept: the view draws for the first time (or had nothing to show). */
	isEmpty(): boolean {
		return this.rows.size === 0 && this.used.size === 0;
	}

	/** Ends a render: rows not used this time are forgotten. */
	settle(): void {
		this.rows = this.used;
		this.used = new Map();
	}
}

/** Rows left for after the first paint, in order, each with where it goes. */
type Deferred = Array<{ list: HTMLElement; a: Activity; before: HTMLElement | null }>;

/** How a group's activities are put in order (the view's sort); without it they are drawn in the order given. */
export type TaskOrder = (activities: readonly Activity[]) => readonly Activity[];

/**
 * Activities in their groups (Überfällig … Erledigt), Erledigt collapsed, each group paged. With an
 * `order`, each group is sorted on its own; on a first drawing, a group reached once the rows before the
 * paint are spent is sorted after the paint, so thousands of rows nobody sees yet do not hold it up.
 */
export function renderTaskGroups(parent: HTMLElement, activities: readonly Activity[], ctx: RowContext, cache?: RowCache, order?: TaskOrder): void {
	const generation = cache ? ++cache.generation : 0;
	const groups = groupTasks(activities, ctx.today);
	if (groups.length === 0) {
		parent.createDiv({ cls: "kundendossier-empty", text: ctx.ui.tasks.noTasks });
		cache?.settle();
		return;
	}
	const sorted = (items: readonly Activity[]) => (order ? order(items) : items);
	// Later drawings move the rows they have into place, so they need every group in order at once.
	const firstDrawing = !cache || cache.isEmpty();
	const budget = { rows: FIRST_PAINT };
	const deferred: Deferred = [];
	const later: Array<{ list: HTMLElement; items: readonly Activity[] }> = [];
	for (const group of groups) {
		const details = parent.createEl("details", { cls: `kundendossier-group is-${group.key}`, attr: { "data-group": group.key } });
		if (group.key !== "done") details.setAttr("open", true);
		details.createEl("summary", { text: `${ctx.ui.tasks.groups[group.key]} (${group.items.length})` });
		const list = details.createDiv({ cls: "kundendossier-task-list" });
		if (order && firstDrawing && budget.rows <= 0) later.push({ list, items: group.items });
		else renderPage(list, { items: sorted(group.items), from: 0, ctx, cache, first: { budget, deferred } });
	}
	cache?.settle();
	if (deferred.length === 0 && later.length === 0) return;
	afterPaint(() => {
		if (cache && cache.generation !== generation) return; // a newer render has replaced these lists
		for (const { list, a, before } of deferred) {
			if (cache) cache.row(list, a, ctx, { before, late: true });
			else list.insertBefore(renderTaskRow(list, a, ctx), before);
		}
		for (const { list, items } of later) renderPage(list, { items: sorted(items), from: 0, ctx, cache, late: true });
	});
}

/** One page of a group's rows from `from`; the first render passes its cache and its budget of rows before the paint. */
interface PageRender {
	items: readonly Activity[];
	from: number;
	ctx: RowContext;
	cache?: RowCache | undefined;
	first?: { budget: { rows: number }; deferred: Deferred };
	/** Drawn after the render settled (its rows are kept for the next one). */
	late?: boolean;
}

function renderPage(list: HTMLElement, { items, from, ctx, cache, first, late = false }: PageRender): void {
	const page = items.slice(from, from + PAGE);
	const rest = items.length - from - PAGE;
	const more = rest > 0 ? list.createEl("button", { cls: "kundendossier-more", text: ctx.ui.tasks.more(Math.min(rest, PAGE)) }) : null;
	// Once a row of this page waits for the paint, the rows after it wait too: they keep their order.
	let waiting = false;
	for (const a of page) {
		if (first && (waiting || (first.budget.rows <= 0 && !cache?.has(a)))) {
			waiting = true;
			first.deferred.push({ list, a, before: more });
			continue;
		}
		if (first && !cache?.has(a)) first.budget.rows--;
		if (cache) cache.row(list, a, ctx, { before: more, late });
		else list.insertBefore(renderTaskRow(list, a, ctx), more);
	}
	more?.addEventListener("click", () => {
		more.remove();
		renderPage(list, { items, from: from + PAGE, ctx });
	});
}

/** Runs `fn` after the next frame has been painted (a task queued from the frame's callback runs after its paint). */
function afterPaint(fn: () => void): void {
	window.requestAnimationFrame(() => window.setTimeout(fn, 0));
}
