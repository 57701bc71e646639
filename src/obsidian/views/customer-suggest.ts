import { FuzzySuggestModal, type App } from "obsidian";
import type { CustomerRecord, IndexResult } from "../../core/api";
import { customersByName } from "../render/customers-by-name";

/** Picks a customer by fuzzy search over name and file name. */
export class CustomerSuggest extends FuzzySuggestModal<CustomerRecord> {
	constructor(
		app: App,
		private readonly customers: CustomerRecord[],
		placeholder: string,
		private readonly chosen: (c: CustomerRecord) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): CustomerRecord[] {
		return this.customers;
	}

	getItemText(customer: CustomerRecord): string {
		return customer.name === customer.basename ? customer.name : `${customer.name} (${customer.basename})`;
	}

	onChooseItem(customer: CustomerRecord): void {
		this.chosen(customer);
	}
}

/** The customer whose note is the active one; undefined in any other note or none. */
export function activeCustomer(app: App, index: IndexResult): CustomerRecord | undefined {
	const active = app.workspace.getActiveFile()?.path;
	return index.customers.find((c) => c.path === active);
}

/** The customer of the active note, else the one the user picks from all customers (by name). */
export function withCustomer(app: App, index: IndexResult, placeholder: string, then: (customer: CustomerRecord) => void): void {
	const current = activeCustomer(app, index);
	if (current) then(current);
	else new CustomerSuggest(app, customersByName(index.customers), placeholder, then).open();
}
