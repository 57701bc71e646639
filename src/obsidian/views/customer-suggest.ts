import { FuzzySuggestModal, type App } from "obsidian";
import type { CustomerRecord } from "../../core/api";

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
