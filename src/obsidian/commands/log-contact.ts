import { Notice, TFile, type Command } from "obsidian";
import {
	addContactToCustomer,
	addContactToDaily,
	type ContactEntry,
	createDateExtractor,
	customerContactLine,
	type CustomerRecord,
	dailyContactLine,
} from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { changeNote } from "../vault/change-note";
import { customerLink } from "../vault/customer-link";
import { todaysDailyNote } from "../vault/daily-note";
import { withCustomer } from "../views/customer-suggest";
import { LogContactModal } from "../views/log-contact-modal";

/**
 * "Kontakt erfassen": in a customer note for that customer, elsewhere after picking one. One log
 * line, `- 10:15 [[Müller GmbH]] Telefonat: …` in today's daily note, or (by setting)
 * `- 2026-11-23 10:15 Telefonat: …` under the customer note's "Verlauf"; the index reads it as
 * today's contact.
 */
export function logContactCommand(context: PluginContext): Command {
	return { id: "log-contact", name: context.ui().commands.logContact, callback: () => startLogContact(context) };
}

function startLogContact(context: PluginContext): void {
	const { app } = context;
	withCustomer(app, context.index.current, context.ui().logContact.pickCustomer, (customer) =>
		new LogContactModal(app, context, customer, (entry) => void writeContact(context, customer, entry)).open(),
	);
}

async function writeContact(context: PluginContext, customer: CustomerRecord, entry: ContactEntry): Promise<void> {
	const { app } = context;
	const ui = context.ui().logContact;
	const today = context.index.current.today;
	let target: TFile | null;
	let change: (text: string) => string | null;
	if (context.settings().logContactTo === "customer") {
		const file = app.vault.getAbstractFileByPath(customer.path);
		target = file instanceof TFile ? file : null;
		const line = customerContactLine(entry, today);
		change = (text) => addContactToCustomer(text, line, ui.heading);
	} else {
		target = await todaysDailyNote(app, context.settings(), today, context.lang());
		const line = dailyContactLine(entry, customerLink(app, customer.path), today, createDateExtractor());
		change = (text) => addContactToDaily(text, line);
	}
	if (!target) return void new Notice(context.ui().tasks.refused.missing);
	if (!(await changeNote(app, target, change))) new Notice(ui.refused);
}
