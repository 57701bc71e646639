import type { Command } from "obsidian";
import type { PluginContext } from "../plugin-context";
import { NewCustomerModal } from "../views/new-customer-modal";

export function newCustomerCommand(context: PluginContext): Command {
	return { id: "new-customer", name: context.ui().commands.newCustomer, callback: () => new NewCustomerModal(context.app, context).open() };
}
