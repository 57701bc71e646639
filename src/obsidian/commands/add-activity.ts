import { Notice, TFile, type Command } from "obsidian";
import { addActivityLine, type CustomerRecord } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { changeNote } from "../vault/change-note";
import { customerLink } from "../vault/customer-link";
import { todaysDailyNote } from "../vault/daily-note";
import { AddActivityModal } from "../views/add-activity-modal";
import { withCustomer } from "../views/customer-suggest";

/**
 * "Aktivität hinzufügen": in a customer note for that customer, elsewhere after picking one. The line
 * goes under the customer note's "Aktivitäten" heading, or (by setting) into today's daily note with
 * a link to the customer.
 */
export function addActivityCommand(context: PluginContext): Command {
	return { id: "add-activity", name: context.ui().commands.addActivity, callback: () => startAddActivity(context) };
}

export function startAddActivity(context: PluginContext): void {
	const { app } = context;
	withCustomer(app, context.index.current, context.ui().addActivity.pickCustomer, (customer) =>
		new AddActivityModal(app, context, customer, (line) => void writeActivity(context, customer, line)).open(),
	);
}

async function writeActivity(context: PluginContext, customer: CustomerRecord, line: string): Promise<void> {
	const { app } = context;
	const ui = context.ui().addActivity;
	let target: TFile | null;
	if (context.settings().addActivityTo === "daily") {
		target = await todaysDailyNote(app, context.settings(), context.index.current.today, context.lang());
		const link = customerLink(app, customer.path);
		line = line.replace(/^- \[ \] /, () => `- [ ] ${link} `);
	} else {
		const file = app.vault.getAbstractFileByPath(customer.path);
		target = file instanceof TFile ? file : null;
	}
	if (!target) return;
	// One write; a note where the line would not be read as an activity stays as it is.
	if (!(await changeNote(app, target, (text) => addActivityLine(text, line, ui.heading)))) new Notice(ui.refused);
}
