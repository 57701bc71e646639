// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { exampleVaultFiles } from "./example-vault";
import { context, loadPlugin } from "./harness";

const SETTINGS = { dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false };
const MUELLER = "Kunden/Müller Maschinenbau.md";

async function exampleApi() {
	const { plugin } = await loadPlugin(exampleVaultFiles(), SETTINGS);
	return { api: plugin.api, plugin };
}

describe("script API", () => {
	it("has a version and gives the index as a copy the caller cannot change it through", async () => {
		const { api, plugin } = await exampleApi();
		expect(api.version).toBe("1.0");
		const index = api.index();
		expect(index.today).toBe("2026-11-23");
		expect(index).toEqual(context(plugin).index.current);
		const count = index.customers.length;
		index.customers.pop();
		(index.activities[0] as { text: string }).text = "changed";
		expect(api.index().customers).toHaveLength(count);
		expect(context(plugin).index.current.activities[0]?.text).not.toBe("changed");
	});

	it("finds one customer by its path, with or without .md, and its activities; null for a note that is none", async () => {
		const { api } = await exampleApi();
		const found = api.customer("Kunden/Müller Maschinenbau");
		expect(found?.customer.name).toBe("Müller Maschinenbau GmbH");
		expect(found?.customer.lastContact).toBe("2026-11-23");
		expect(found?.customer.contactDue).toBe("2026-12-07");
		expect(found?.activities).toHaveLength(10);
		expect(found?.activities.every((a) => a.customer === MUELLER)).toBe(true);
		expect(api.customer(MUELLER)).toEqual(found);
		expect(api.customer("Notizen/Einwandbehandlung.md")).toBeNull();
		found?.activities.splice(0);
		expect(api.customer(MUELLER)?.activities).toHaveLength(10);
	});

	it("gives the review for the plugin's day by default, and for another day on request", async () => {
		const { api } = await exampleApi();
		const today = api.review();
		expect(today.date).toBe("2026-11-23");
		expect(today.overdue.map((a) => a.date)).toEqual([
			"2026-11-16",
			"2026-11-17",
			"2026-11-19",
			"2026-11-19",
			"2026-11-20",
			"2026-11-20",
			"2026-11-20",
			"2026-11-20",
		]);
		expect(today.overdue[0]?.customer).toBe("Kunden/Steuerkanzlei Meier.md");
		expect(today.dueToday).toHaveLength(8);
		expect(today.contactDue.map((c) => c.path)).toEqual(["Kunden/Autohaus Brandt.md"]);
		expect(today.contactDueSoon.map((c) => c.path)).toEqual(["Projekte/Stadtwerke Nordheim.md"]);
		expect(today.noNextStep.map((c) => c.path)).toEqual(["Kunden/Archiv/Codewerk Software.md"]);
		expect(today.birthdays.map((b) => `${b.date} ${b.contact.name}`)).toEqual([
			"2026-11-23 Ines Kowalski",
			"2026-11-24 Dr. Claudia Scharens",
			"2026-11-24 Florian Huber",
			"2026-11-27 Thomas Müller",
			"2026-11-29 Dr. Anna Gerens",
		]);

		const later = api.review("2026-12-01");
		expect(later.date).toBe("2026-12-01");
		expect(later.overdue.length).toBeGreaterThan(today.overdue.length);
		expect(later.overdue.every((a) => (a.dateEnd ?? a.date ?? "") < "2026-12-01")).toBe(true);
		expect(later.dueToday.map((a) => a.display)).toContain("Herrn Brandt am 01.12.2026 die Bildschirm-Lösung für den neuen Showroom vorstellen");
		// The contact cadence is judged for that day: a contact due soon on the 23rd is overdue by then.
		expect(later.contactDue.map((c) => c.path)).toEqual(["Projekte/Stadtwerke Nordheim.md", "Kunden/Autohaus Brandt.md"]);
		expect(later.contactDueSoon.map((c) => c.path)).toEqual(["Kunden/Spedition Krause.md"]);
		expect(later.birthdays).toEqual([]);
	});

	it("reads dates as the index does, relative words from today or from the reference given", async () => {
		const { api } = await exampleApi();
		expect(api.parseDate("Angebot bis Freitag nachfassen")).toEqual({ date: "2026-11-27", dateEnd: null, doneDate: null, relative: true });
		expect(api.parseDate("KW 49 Messe")).toEqual({ date: "2026-11-30", dateEnd: "2026-12-06", doneDate: null, relative: false });
		expect(api.parseDate("morgen", "2026-12-31").date).toBe("2027-01-01");
		expect(api.parseDate("ohne Datum").date).toBeNull();
	});

	it("judges a line as the Aktivität hinzufügen form does: vague with reasons and a suggestion, or concrete", async () => {
		const { api } = await exampleApi();
		const vague = api.judge("mal melden");
		expect(vague).toMatchObject({ vague: true, reasons: ["no-date", "no-person"], date: null });
		expect(vague.suggestion).toContain("2026-11-24");
		expect(api.judge("Thomas Müller am 26.11. anrufen: Angebot besprechen", MUELLER)).toEqual({
			vague: false,
			reasons: [],
			suggestion: null,
			date: "2026-11-26",
		});
		// Given the customer, the suggestion names its decision maker.
		expect(api.judge("nachfassen", MUELLER).suggestion).toContain("Thomas Müller");
		expect(api.judge("nachfassen").suggestion).not.toContain("Thomas Müller");
	});

	it("refuses a day that is no YYYY-MM-DD with a clear error", async () => {
		const { api } = await exampleApi();
		expect(() => api.review("1.12.2026")).toThrow(/YYYY-MM-DD/);
		expect(() => api.parseDate("morgen", "2026-02-30")).toThrow(/YYYY-MM-DD/);
	});
});
