import type { MarkdownPostProcessorContext } from "obsidian";
import { goalsNoteCandidates, type GoalsReport, messages } from "../../core/api";
import { readGoalsReport } from "../goals/goals-note";
import type { PluginContext } from "../plugin-context";
import { openLine } from "../views/open-line";
import { LiveBlock } from "./live-block";

export const GOALS_BLOCK = "kundenziele";

/** The `kundenziele` block: one line per sales goal with a progress bar, live as the index and the goals note change. */
export function goalsBlockProcessor(context: PluginContext) {
	const goalsNotes = () => goalsNoteCandidates(context.settings().goalsNote, context.index.current.today);
	return (_source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(
			new LiveBlock(el, context, {
				read: () => readGoalsReport(context),
				paint: (block, report) => {
					block.empty();
					block.addClass("kundendossier-goals");
					if (report) renderGoals(block, report, context);
					else block.createDiv({ cls: "kundendossier-goals-empty", text: context.ui().goals.noNote(goalsNotes()[0] ?? "") });
				},
				also: (redraw) => [
					context.app.metadataCache.on("changed", (file) => {
						if (goalsNotes().includes(file.path)) redraw();
					}),
				],
			}),
		);
	};
}

function renderGoals(el: HTMLElement, report: GoalsReport, context: PluginContext): void {
	const t = messages(context.lang()).goals;
	const from = report.period?.from ?? "";
	const title = el.createDiv({ cls: "kundendossier-goals-title" });
	title.createSpan({ text: `${context.ui().goals.source} ` });
	const link = title.createEl("a", { cls: "internal-link", text: report.path.replace(/\.md$/i, ""), attr: { "data-href": report.path, href: report.path } });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		void openLine(context.app, report.path, 1);
	});
	const list = el.createEl("ul", { cls: "kundendossier-goals-list" });
	for (const goal of report.goals) {
		const item = list.createEl("li", { cls: `kundendossier-goal is-${goal.track}` });
		const head = item.createDiv({ cls: "kundendossier-goal-head" });
		head.createSpan({ cls: "kundendossier-goal-label", text: t.label[goal.id] });
		head.createSpan({ cls: "kundendossier-goal-figures", text: t.figures(goal) });
		const bar = item.createEl("progress", {
			cls: "kundendossier-goal-bar",
			attr: { max: "100", value: String(Math.min(Math.max(goal.percent ?? 0, 0), 100)) },
		});
		bar.setAttribute("aria-label", `${t.label[goal.id]}: ${t.figures(goal)}`);
		item.createDiv({ cls: "kundendossier-goal-status", text: t.status(goal, from) });
	}
	for (const problem of report.problems) {
		list.createEl("li", { cls: "kundendossier-goal-problem mod-warning", text: problem.message });
	}
}
