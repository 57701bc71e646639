import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { isFloating, pinActivityDate } from "../vault/pin-dates";

/**
 * "Datum festschreiben (Zeile)": the cursor line's floating date, written into it. Offered only where
 * the cursor line is a floating activity the index read, and still reads as it did.
 */
export function pinDateLineCommand(context: PluginContext): Command {
	return {
		id: "pin-date-line",
		name: context.ui().pinDate.commandLine,
		editorCheckCallback: (checking, editor, view) => {
			const path = view.file?.path;
			const line = editor.getCursor().line;
			const raw = editor.getLine(line);
			const activity = context.index.current.activities.find((a) => a.path === path && a.line === line + 1 && a.raw === raw && isFloating(a));
			if (!activity) return false;
			if (!checking) void pinActivityDate(context.app, activity, context.index.current.today, context.ui());
			return true;
		},
	};
}
