import type { Command } from "obsidian";
import { toIcs } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { writeExport } from "../vault/write-export";

/** "Aufgaben als Kalender exportieren (ICS)": the open dated activities, for a calendar app to import. */
export function exportCalendarCommand(context: PluginContext): Command {
	return {
		id: "export-calendar",
		name: context.ui().exports.calendarCommand,
		callback: () =>
			void writeExport(context, "aufgaben.ics", () => toIcs(context.index.current, { vaultName: context.app.vault.getName(), lang: context.lang() })),
	};
}
