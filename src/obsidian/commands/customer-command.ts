import type { Command } from "obsidian";
import type { CustomerRecord } from "../../core/api";
import type { PluginContext } from "../plugin-context";
import { activeCustomer } from "../views/customer-suggest";

/** A command that applies to the open customer note only: it does not show up anywhere else. */
export function customerCommand(
	context: PluginContext,
	id: string,
	name: string,
	run: (customer: CustomerRecord) => void,
	applies: (c: CustomerRecord) => boolean = () => true,
): Command {
	return {
		id,
		name,
		checkCallback: (checking) => {
			const customer = activeCustomer(context.app, context.index.current);
			if (!customer || !applies(customer)) return false;
			if (!checking) run(customer);
			return true;
		},
	};
}
