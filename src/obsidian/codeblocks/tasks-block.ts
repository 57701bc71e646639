import type { MarkdownPostProcessorContext } from "obsidian";
import { filterTasks, parseBlockOptions, sortTasks } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { renderTaskGroups } from "../render/task-list";
import { taskActions } from "../views/task-actions";
import { LiveBlock } from "./live-block";

export const TASKS_BLOCK = "kundenaufgaben";

/**
 * The `kundenaufgaben` block: the task list inside any note, e.g. a daily note's "what's due":
 * `filter: vage`, `kunde: [[Müller]]`, `abc: A`, `bis: +7d`. Live, like the view.
 */
export function tasksBlockProcessor(context: PluginContext) {
	return (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new LiveBlock(el, context, (block) => renderTasksBlock(block, source, context)));
	};
}

function renderTasksBlock(el: HTMLElement, source: string, context: PluginContext): void {
	el.empty();
	el.addClass("kundendossier-tasks", "is-block");
	const ui = context.ui();
	const index = context.index.current;
	const options = parseBlockOptions(source, index.today);
	if (options.errors.length) el.createDiv({ cls: "kundendossier-block-error", text: ui.tasks.blockErrors(options.errors) });
	const customers = new Map(index.customers.map((c) => [c.path, c]));
	if (options.customerLink) {
		const wanted = options.customerLink.toLowerCase();
		const match = index.customers.find(
			(c) => c.basename.toLowerCase() === wanted || c.path.replace(/\.md$/, "").toLowerCase() === wanted || c.name.toLowerCase() === wanted,
		);
		if (!match) {
			el.createDiv({ cls: "kundendossier-block-error", text: ui.tasks.unknownCustomer(options.customerLink) });
			return;
		}
		options.filter.customer = match.path;
	}
	const shown = sortTasks(filterTasks(index.activities, customers, options.filter), customers, options.sort).slice(0, options.limit);
	const { toggle, open, openCustomer } = taskActions(context);
	renderTaskGroups(el, shown, { customers, ui, lang: context.lang(), today: index.today, actions: { toggle, open, openCustomer } });
}
