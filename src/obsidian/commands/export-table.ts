import type { Command } from "obsidian";
import { toCsv } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { writeExport } from "../vault/write-export";

/** "Kundendossiers als Tabelle exportieren (CSV)": one row per customer, for a spreadsheet. */
export function exportTableCommand(context: PluginContext): Command {
	return {
		id: "export-table",
		name: context.ui().exports.tableCommand,
		callback: () => void writeExport(context, "kunden.csv", () => toCsv(context.index.current)),
	};
}
