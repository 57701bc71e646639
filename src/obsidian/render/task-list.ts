import type { Activity } from "../../core/model/activity";
import { groupTasks } from "../../core/tasks/groups";
import { renderTaskRow, type RowContext } from "./task-row";

/** Rows per group before "show more": keeps thousands of activities fast to draw. */
export const PAGE = 100;

/** Activities in their groups (Überfällig … Erledigt), Erledigt collapsed, each group paged. */
export function renderTaskGroups(parent: HTMLElement, activities: readonly Activity[], ctx: RowContext): void {
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
		renderPage(list, group.items, 0, ctx);
	}
}

function renderPage(list: HTMLElement, items: readonly Activity[], from: number, ctx: RowContext): void {
	for (const a of items.slice(from, from + PAGE)) renderTaskRow(list, a, ctx);
	const rest = items.length - from - PAGE;
	if (rest <= 0) return;
	const more = list.createEl("button", { cls: "kundendossier-more", text: ctx.ui.tasks.more(Math.min(rest, PAGE)) });
	more.addEventListener("click", () => {
		more.remove();
		renderPage(list, items, from + PAGE, ctx);
	});
}
