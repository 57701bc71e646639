import { describe, expect, it } from "vitest";
import { customer, json } from "./build";

describe("which notes are customers", () => {
	it("counts typ: kunde, type: customer and notes in the customer folder at any depth", () => {
		const out = json({
			"Projekte/Stadtwerke.md": "---\ntyp: Kunde\n---\n",
			"Notizen/Acme.md": "---\ntype: customer\n---\n",
			"Kunden/Archiv/Alt.md": "# ohne Frontmatter\n",
			"Kunden/Neu.md": "---\nfirma: Neu GmbH\n---\n",
			"Notizen/Lieferant.md": "---\ntyp: lieferant\n---\n",
			"Kundenliste.md": "# kein Kunde, nur ähnlicher Name\n",
		});
		expect(out.customers.map((c) => c.path)).toEqual(["Kunden/Archiv/Alt.md", "Kunden/Neu.md", "Notizen/Acme.md", "Projekte/Stadtwerke.md"]);
		expect(out.customers.map((c) => c.name)).toEqual(["Alt", "Neu GmbH", "Acme", "Stadtwerke"]);
	});

	it("uses the customer markers from the settings", () => {
		const notes = {
			"Notizen/A.md": "---\nKategorie: kunde\n---\n",
			"Notizen/B.md": "---\ntyp: kunde\n---\n",
			"Notizen/C.md": "---\nkategorie:\n  - Lieferant\n  - Kunde\n---\n",
		};
		expect(json(notes, { customerMarkers: ["kategorie: Kunde"] }).customers.map((c) => c.path)).toEqual(["Notizen/A.md", "Notizen/C.md"]);
	});

	it("uses another customer folder when told", () => {
		const out = json({ "Vertrieb/Kunden/A.md": "# A\n", "Kunden/B.md": "# B\n" }, { customerFolders: ["Vertrieb/Kunden"] });
		expect(out.customers.map((c) => c.path)).toEqual(["Vertrieb/Kunden/A.md"]);
	});
});

describe("which lines are activities in a customer note", () => {
	const body = [
		"Prosa: Ich mache das so. Am 3.12. sehen wir weiter.",
		"- [ ] Angebot an Frau Gerens senden",
		"- Fuhrpark: 40 LKW",
		"- Herrn Kaiser am 3.12. anrufen",
		"- Bitte um Rückruf bei Herrn Meier",
		"* [x] Muster an Herrn Kaiser geschickt ✅ 2026-11-20",
		"1. [-] Messe-Termin mit Frau Gerens abgesagt",
		"> [!todo] Nächste Schritte",
		"> - [ ] Demo für den Betriebsleiter vorbereiten 📅 2026-11-26",
		"```",
		"- [ ] Code, kein Termin 📅 2026-11-24",
		"```",
	].join("\n");
	const out = json({ "Kunden/Müller.md": customer("firma: Müller", body) });

	it("takes items with a checkbox, a date or a vague phrase; never prose, plain facts or code", () => {
		expect(out.activities.map((a) => [a.line, a.text, a.status])).toEqual([
			[6, "Angebot an Frau Gerens senden", "open"],
			[8, "Herrn Kaiser am 3.12. anrufen", "open"],
			[9, "Bitte um Rückruf bei Herrn Meier", "open"],
			[10, "Muster an Herrn Kaiser geschickt ✅ 2026-11-20", "done"],
			[11, "Messe-Termin mit Frau Gerens abgesagt", "cancelled"],
			[13, "Demo für den Betriebsleiter vorbereiten 📅 2026-11-26", "open"],
		]);
		expect(out.activities.every((a) => a.customer === "Kunden/Müller.md" && a.path === "Kunden/Müller.md")).toBe(true);
	});

	it("reads dates and done dates", () => {
		const byLine = new Map(out.activities.map((a) => [a.line, a]));
		expect(byLine.get(8)?.date).toBe("2026-12-03");
		expect(byLine.get(10)).toMatchObject({ date: null, doneDate: "2026-11-20" });
		expect(byLine.get(13)?.date).toBe("2026-11-26");
	});
});

describe("linked activities in other notes", () => {
	const vault = {
		"Kunden/Müller Maschinenbau.md": customer("firma: Müller Maschinenbau GmbH"),
		"Kunden/Schulz.md": customer("firma: Schulz"),
		"Tagesnotizen/2026-11-20.md": [
			"# Freitag",
			"- Telefonat mit [[Müller Maschinenbau]]: Liefertermin besprochen",
			"- [x] Angebot an [[Schulz|Herrn Schulz]] geschickt",
			"- [ ] [Müller](../Kunden/M%C3%BCller%20Maschinenbau.md) Muster schicken 📅 2026-11-27",
			"- Einkauf erledigt, ohne Kunde",
			"- Termin mit [[Lieferant X]]",
			"Prosa über [[Schulz]] zählt nie.",
			"```",
			"- [ ] [[Schulz]] im Code",
			"```",
			"- Treffen mit [[Schulz]] und [[Müller Maschinenbau]]",
		].join("\r\n"),
	};
	const out = json(vault);

	it("counts every list item that links a customer, once per linked customer; plain bullets of a daily note are contacts that day", () => {
		expect(out.activities.map((a) => [a.line, a.customer, a.kind, a.status])).toEqual([
			[2, "Kunden/Müller Maschinenbau.md", "log", "done"],
			[3, "Kunden/Schulz.md", "task", "done"],
			[4, "Kunden/Müller Maschinenbau.md", "task", "open"],
			[11, "Kunden/Schulz.md", "log", "done"],
			[11, "Kunden/Müller Maschinenbau.md", "log", "done"],
		]);
	});

	it("gives items without a date of their own the daily note's date, and done items that date as done date", () => {
		const [call, offer, sample] = out.activities;
		expect(call).toMatchObject({ date: "2026-11-20", text: "Telefonat mit [[Müller Maschinenbau]]: Liefertermin besprochen" });
		expect(offer).toMatchObject({ date: "2026-11-20", doneDate: "2026-11-20" });
		expect(sample).toMatchObject({ date: "2026-11-27" });
		expect(out.activities.every((a) => !a.text.includes("\r"))).toBe(true);
	});

	it("uses the latest done date as last contact", () => {
		expect(out.customers.find((c) => c.path === "Kunden/Schulz.md")?.lastContact).toBe("2026-11-20");
		expect(out.customers.find((c) => c.path.startsWith("Kunden/Müller"))?.lastContact).toBe("2026-11-20");
	});
});

describe("statuses", () => {
	it("reads [ ], [x], [X], [-], other marks and no checkbox", () => {
		const body = [
			"- [ ] a 📅 2026-12-01",
			"- [x] b 📅 2026-12-01",
			"- [X] c 📅 2026-12-01",
			"- [-] d 📅 2026-12-01",
			"- [/] e 📅 2026-12-01",
			"- f 📅 2026-12-01",
		].join("\n");
		expect(json({ "Kunden/K.md": body }).activities.map((a) => a.status)).toEqual(["open", "done", "done", "cancelled", "open", "open"]);
	});
});
