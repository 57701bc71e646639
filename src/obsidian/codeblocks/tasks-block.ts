import { MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";
import { filterTasks, parseBlockOptions, sortTasks } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { renderTaskGroups } from "../render/task-list";
import { taskActions } from "../views/task-actions";

export const TASKS_BLOCK = "kundenaufgaben";

/**
 * The `kundenaufgaben` block: the task list inside any note, e.g. a daily note's "what's due":
 * `filter: vage`, `kunde: [[Müller]]`, `abc: A`, `bis: +7d`. Live, like the view.
 */
export function tasksBlockProcessor(context: PluginContext) {
	return (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new TasksBlock(el, source, context));
	};
}

class TasksBlock extends MarkdownRenderChild {
	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly context: PluginContext,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.registerEvent(this.context.index.on("updated", () => this.render()));
		this.render();
	}

	private render(): void {
		const el = this.containerEl;
		el.empty();
		el.addClass("kundendossier-tasks", "is-block");
		const ui = this.context.ui();
		const index = this.context.index.current;
		const options = parseBlockOptions(this.source, index.today);
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
		const { toggle, open, openCustomer } = taskActions(this.context);
		renderTaskGroups(el, shown, { customers, ui, lang: this.context.lang(), today: index.today, actions: { toggle, open, openCustomer } });
	}
}
