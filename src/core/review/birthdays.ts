import type { CustomerRecord } from "../customers/customer-record";
import type { Contact } from "../dossier/dossier";
import { addDays, isValidDay, toIsoDay, yearOf } from "../dates/day";
import type { IsoDay } from "../model/day";
import { compare } from "../text/compare";

export interface BirthdayEntry {
	date: IsoDay;
	contact: Contact;
	customer: CustomerRecord;
	/** The age reached on that day, when the birth year is known. */
	age: number | null;
}

/**
 * Contacts whose birthday falls from `date` up to `days` days ahead: an occasion for relationship
 * care. Someone born on 29 February is greeted on the 28th in other years.
 */
export function birthdaysAhead(customers: readonly CustomerRecord[], date: IsoDay, days: number): BirthdayEntry[] {
	const end = addDays(date, days);
	const entries: BirthdayEntry[] = [];
	for (const customer of customers) {
		for (const contact of customer.dossier.contacts) {
			if (!contact.birthday) continue;
			const [birthYear, month, day] = parts(contact.birthday);
			for (const year of [yearOf(date), yearOf(date) + 1]) {
				const d = isValidDay(year, month, day) ? toIsoDay(year, month, day) : toIsoDay(year, month, day - 1);
				if (d >= date && d <= end) entries.push({ date: d, contact, customer, age: birthYear ? year - birthYear : null });
			}
		}
	}
	return entries.sort((a, b) => compare(a.date, b.date) || compare(a.contact.name, b.contact.name));
}

function parts(birthday: string): [number | null, number, number] {
	const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday);
	if (full) return [Number(full[1]), Number(full[2]), Number(full[3])];
	const partial = /^--(\d{2})-(\d{2})$/.exec(birthday);
	return [null, Number(partial?.[1]), Number(partial?.[2])];
}
