import { Notice, type App } from "obsidian";
import { type IsoDay, toggleDone, toggleTask } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";
import { writeLine, type IndexedLine } from "./write-line";

/** The public API of the Tasks plugin this plugin uses: it toggles with the user's own Tasks settings. */
interface TasksApiV1 {
	executeToggleTaskDoneCommand(line: string, path: string): string;
}

interface TasksPlugin {
	apiV1?: Partial<TasksApiV1>;
	settings?: { globalFilter?: unknown };
}

/** What this plugin needs from an installed, enabled Tasks plugin. */
export interface Tasks {
	/** The toggle of Tasks, or null when its API is not there. */
	toggle: ((line: string, path: string) => string) | null;
	/** Whether Tasks counts the line as a task: it has the global filter, or none is set. */
	isTask(line: string): boolean;
}

/** The Tasks plugin when it is loaded (Obsidian lists only enabled plugins), else null. Every step is checked: it is not Obsidian's typed API. */
export function tasksPlugin(app: App): Tasks | null {
	const plugins = (app as unknown as { plugins?: { plugins?: Record<string, TasksPlugin | undefined> } }).plugins;
	const tasks = plugins?.plugins?.["obsidian-tasks-plugin"];
	if (!tasks) return null;
	const api = tasks.apiV1;
	const toggle =
		typeof api?.executeToggleTaskDoneCommand === "function"
			? (line: string, path: string) => String(api.executeToggleTaskDoneCommand?.(line, path) ?? line)
			: null;
	const filter = typeof tasks.settings?.globalFilter === "string" ? tasks.settings.globalFilter.trim() : "";
	return { toggle, isTask: (line) => filter === "" || line.includes(filter) };
}

/**
 * Ticks or unticks a task line and keeps its series. With Tasks enabled, through its own toggle, which
 * knows the user's settings and every rule; otherwise recurring rules this plugin knows are followed
 * and others refused with a notice. A line without the Tasks global filter is no Tasks task: toggled plainly.
 */
export async function toggleTaskLine(app: App, target: IndexedLine, today: IsoDay, ui: UiStrings): Promise<boolean> {
	const tasks = tasksPlugin(app);
	if (tasks && !tasks.isTask(target.raw)) return writeLine(app, target, (raw) => toggleDone(raw, today), ui);
	const own = (raw: string) => {
		const result = toggleTask(raw, today);
		return result.ok ? result.lines : null;
	};
	const viaTasks = tasks?.toggle;
	if (viaTasks) {
		// Tasks gives the line back unchanged when it reads no task there (a bullet without checkbox).
		return writeLine(
			app,
			target,
			(raw) => {
				const out = viaTasks(raw, target.path);
				return out === raw ? own(raw) : out.split(/\r?\n/);
			},
			ui,
		);
	}
	const check = toggleTask(target.raw, today);
	if (!check.ok && check.reason === "unknown-recurrence") {
		new Notice(ui.tasks.unknownRecurrence);
		return false;
	}
	return writeLine(app, target, own, ui);
}
