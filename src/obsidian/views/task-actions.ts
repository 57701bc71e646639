import { type Activity, createDateExtractor, type DateExtractor, rewriteText, setDueDate } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import type { TaskActions } from "../render/task-row";
import { pinActivityDate } from "../vault/pin-dates";
import { toggleTaskLine } from "../vault/tasks-plugin";
import { writeLine } from "../vault/write-line";
import { ConcretizeModal } from "./concretize-modal";
import { openLine } from "./open-line";

/** The row actions, each one safe write of one line (or navigation). */
export function taskActions(context: PluginContext): TaskActions {
	const { app } = context;
	const today = () => context.index.current.today;
	// Made on the first move, not when the view opens: most openings move nothing.
	let dates: DateExtractor | null = null;
	const reader = () => (dates ??= createDateExtractor());
	return {
		open: (a) => void openLine(app, a.path, a.line),
		openCustomer: (path) => void openLine(app, path, 1),
		toggle: (a) => void toggleTaskLine(app, a, today(), context.ui()),
		reschedule: (a, date) => void writeLine(app, a, (raw) => setDueDate(raw, date, reader(), today()), context.ui()),
		concretize: (a: Activity) =>
			new ConcretizeModal(
				app,
				context,
				a,
				(text) => void writeLine(app, a, (raw) => rewriteText(raw, text), context.ui()),
				() => void pinActivityDate(app, a, today(), context.ui()),
			).open(),
		pinDate: (a) => void pinActivityDate(app, a, today(), context.ui()),
	};
}
