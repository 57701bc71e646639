import type { CustomerRecord } from "../customers/customer-record";
import type { Contact } from "../dossier/dossier";
import type { IndexResult } from "../index/index-result";
import { csvTable } from "./csv-table";

/** The columns, named as in `index --json` so scripts read both alike. */
const HEADER = [
	"path",
	"name",
	"status",
	"abc",
	"abcComputed",
	"abcEffective",
	"phaseModel",
	"phase",
	"revenue",
	"potential",
	"lastContact",
	"contactDue",
	"nextActivityDate",
	"nextActivityText",
	"strategy",
	"decisionMakers",
	"needs",
	"obstacles",
	"contacts",
];

/** One row per customer with the dossier's fields, its classes, phase, last contact and next activity. */
export function toCsv(index: IndexResult): string {
	const texts = new Map(index.activities.map((a) => [`${a.customer}\n${a.path}\n${a.line}`, a.display]));
	const row = (c: CustomerRecord) => {
		const next = c.nextActivity;
		const d = c.dossier;
		return [
			c.path,
			c.name,
			d.status,
			c.abc,
			c.abcComputed,
			c.abcEffective,
			c.phaseModel,
			c.phase,
			d.revenue,
			d.potential,
			c.lastContact,
			c.contactDue,
			next?.date ?? null,
			next ? (texts.get(`${c.path}\n${next.path}\n${next.line}`) ?? null) : null,
			d.strategy,
			d.decisionMakers.join("; "),
			d.needs,
			d.obstacles,
			d.contacts.map(contact).join("; "),
		];
	};
	return csvTable([HEADER, ...index.customers.map(row)]);
}

/** "Name (Rolle, Telefon, Mail)": what is known of a contact, in one cell. */
function contact(c: Contact): string {
	const details = [c.role, c.phone, c.email].filter((v): v is string => v !== null && v !== "");
	return details.length > 0 ? `${c.name} (${details.join(", ")})` : c.name;
}
