import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { customersBase, CUSTOMERS_BASE, type BaseSettings } from "../../../src/core/bases/customers-base";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/settings";

interface View {
	type: string;
	name: string;
	order: string[];
	groupBy?: { property: string; direction: string };
	filters?: { and: string[] };
}
interface Base {
	filters: { and: Array<string | { or?: string[]; not?: string[] }> };
	formulas: Record<string, string>;
	properties: Record<string, { displayName: string }>;
	views: View[];
}

const read = (settings: BaseSettings = DEFAULT_SETTINGS) => load(customersBase(settings)) as Base;

describe("customers base", () => {
	it("is valid YAML with table views by class, phase and status, and one of contacts due", () => {
		const base = read();
		expect(base.views.map((v) => [v.type, v.name, v.groupBy?.property ?? null])).toEqual([
			["table", "Alle Kunden", null],
			["table", "Nach Klasse", "note.abc"],
			["table", "Nach Phase", "note.phase"],
			["table", "Nach Status", "note.status"],
			["table", "Kontakt fällig", null],
		]);
		for (const view of base.views)
			expect(view.order).toEqual([
				"file.name",
				"note.firma",
				"note.status",
				"note.abc",
				"note.phasenmodell",
				"note.phase",
				"note.umsatz",
				"note.letzter_kontakt",
				"formula.naechster_kontakt",
			]);
		expect(base.views[4]?.filters).toEqual({ and: ["formula.kontakt_faellig"] });
	});

	it("defines every formula a view or another formula names, and names each column", () => {
		const base = read();
		const text = JSON.stringify(base);
		for (const [, name] of text.matchAll(/formula\.(\w+)/g)) expect(Object.keys(base.formulas)).toContain(name);
		for (const column of base.views[0]?.order ?? []) if (column !== "file.name") expect(base.properties[column]?.displayName).toBeTruthy();
	});

	it("takes the class intervals from the settings for customers without a kontaktintervall in days", () => {
		const base = read({ ...DEFAULT_SETTINGS, contactIntervals: { A: 7, B: 21, C: 60 } });
		expect(base.formulas.intervall).toBe('if(kontaktintervall.isType("number"), kontaktintervall, if(abc == "A", 7, if(abc == "B", 21, if(abc == "C", 60))))');
		expect(base.formulas.naechster_kontakt).toBe('if(letzter_kontakt && formula.intervall, date(letzter_kontakt) + duration(formula.intervall + "d"))');
	});

	it("selects notes in the customer folders or with a marker, never templates, and quotes odd folder names", () => {
		const base = read({
			...DEFAULT_SETTINGS,
			customerFolders: ['/Vertrieb/Kunden\'s "A"/'],
			customerMarkers: ["typ: kunde", "kein marker"],
			templateFolders: ["Vorlagen"],
		});
		expect(base.filters.and).toEqual([
			'file.ext == "md"',
			{ or: ['file.inFolder("Vertrieb/Kunden\'s \\"A\\"")', 'typ == "kunde"'] },
			{ not: ['file.inFolder("Vorlagen")'] },
		]);
	});

	it("leaves the folder condition out when the customer folder is the whole vault", () => {
		const base = read({ ...DEFAULT_SETTINGS, customerFolders: [""], templateFolders: [] });
		expect(base.filters.and).toEqual(['file.ext == "md"']);
	});

	it("is what the example vault holds", () => {
		expect(readFileSync(`examples/vault/Kunden/${CUSTOMERS_BASE}`, "utf8")).toBe(customersBase(DEFAULT_SETTINGS));
	});
});
