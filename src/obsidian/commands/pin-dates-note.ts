import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { floatingLines, pinNoteDates } from "../vault/pin-dates";

/**
 * "Alle schwebenden Daten dieser Notiz festschreiben": every floating date of the active note in one
 * write, or none when a line changed since it was read. Offered only where there is one.
 */
export function pinNoteDatesCommand(context: PluginContext): Command {
	return {
		id: "pin-dates-note",
		name: context.ui().pinDate.commandNote,
		checkCallback: (checking) => {
			const path = context.app.workspace.getActiveFile()?.path;
			const activities = context.index.current.activities;
			if (!path || floatingLines(activities, path).length === 0) return false;
			if (!checking) void pinNoteDates(context.app, path, activities, context.index.current.today, context.ui());
			return true;
		},
	};
}
