import { describe, expect, it } from "vitest";
import { customer, json } from "./build";

const MUELLER = "Kunden/Müller GmbH.md";
const mueller = customer("firma: Müller GmbH\nabc: A");

const rows = (out: ReturnType<typeof json>) =>
	out.activities.map((a) => `${a.path}:${a.line} ${a.customer} ${a.kind} ${a.status} ${a.date ?? "-"}${a.vague ? ` vague(${a.reasons.join(",")})` : ""}`);

describe("customer notes are living documents", () => {
	it("erstellt is no reference: relative dates float (vague) and never fall due", () => {
		const out = json(
			{
				[MUELLER]: customer(
					"firma: Müller GmbH\nerstellt: 2024-01-10",
					"- [ ] morgen Herrn Schulz das Angebot zeigen\n- [ ] Nächsten Dienstag Frau Gerens anrufen",
				),
			},
			{},
			"2026-11-23",
		);
		expect(out.activities.map((a) => [a.date, a.floating, a.vague, a.reasons.includes("floating-date")])).toEqual([
			["2026-11-24", true, true, true],
			["2026-11-24", true, true, true],
		]);
		expect(out.customers[0]?.problems.map((p) => p.code)).toContain("no-next-step");
	});

	it("year-less dates of open tasks look forward with 60 days' grace; a week carries its last day", () => {
		const body = [
			"- [ ] Am 3.12. Herrn Schulz das Angebot vorstellen",
			"- [ ] In KW 50 Frau Gerens die Schulung anbieten",
			"- [ ] Am 15.6. Herrn Schulz zum Sommerfest einladen",
			"- [ ] 20.11. Angebot nachreichen",
			"- [x] Am 15.6. Herrn Schulz besucht",
		].join("\n");
		const out = json({ [MUELLER]: customer("firma: Müller GmbH\nerstellt: 2026-01-15", body) }, {}, "2026-11-23");
		expect(out.activities.map((a) => [a.date, a.dateEnd, a.floating])).toEqual([
			["2026-12-03", null, false],
			["2026-12-07", "2026-12-13", false],
			["2027-06-15", null, false],
			["2026-11-20", null, false],
			["2026-06-15", null, false],
		]);
		expect(out.customers[0]?.nextActivity).toMatchObject({ date: "2026-11-20", line: 9 });
	});

	it("a period is overdue only after its last day", () => {
		const out = json({ [MUELLER]: customer("firma: Müller GmbH", "- [ ] In KW 47 Frau Gerens die Schulung anbieten") }, {}, "2026-11-20");
		expect(out.activities[0]).toMatchObject({ date: "2026-11-16", dateEnd: "2026-11-22" });
	});

	it("a dated heading anchors relative dates below it", () => {
		const out = json({ [MUELLER]: customer("firma: Müller GmbH", "## 2026-11-02 Planung\n- [ ] morgen Herrn Schulz anrufen") });
		expect(out.activities[0]).toMatchObject({ date: "2026-11-03", floating: false, vague: false });
	});
});

describe("logs are contacts, not open tasks", () => {
	const vault = {
		[MUELLER]: mueller,
		"Tagesnotizen/2026-11-23.md": "- 10:00 [[Müller GmbH]] Besuch, sehr positiv\n- [[Müller GmbH]] Termin 2.12. vor Ort\n",
		"Notizen/Messe.md": "---\ndatum: 2026-11-18\n---\n- [[Müller GmbH]] war da, Interesse an Wartung\n",
	};

	it("a plain bullet in a daily note is a contact that day, one with a later date an appointment", () => {
		const out = json(vault, {}, "2026-11-25");
		expect(rows(out)).toEqual([
			"Notizen/Messe.md:4 Kunden/Müller GmbH.md log done 2026-11-18",
			"Tagesnotizen/2026-11-23.md:1 Kunden/Müller GmbH.md log done 2026-11-23",
			"Tagesnotizen/2026-11-23.md:2 Kunden/Müller GmbH.md log open 2026-12-02",
		]);
		expect(out.customers[0]).toMatchObject({ lastContact: "2026-11-23", nextActivity: { path: "Tagesnotizen/2026-11-23.md", line: 2, date: "2026-12-02" } });
	});

	it("a daily note that links its customer only by Markdown links holds its logs too", () => {
		const out = json({ [MUELLER]: mueller, "Tagesnotizen/2026-11-23.md": "- 10:00 [Müller](../Kunden/M%C3%BCller%20GmbH.md) Besuch, sehr positiv\n" });
		expect(rows(out)).toEqual(["Tagesnotizen/2026-11-23.md:1 Kunden/Müller GmbH.md log done 2026-11-23"]);
	});

	it("an appointment becomes a contact once its day has come", () => {
		expect(json(vault, {}, "2026-12-02").customers[0]?.lastContact).toBe("2026-12-02");
	});

	it("a log is never vague, and a plain undated bullet outside customer notes is no activity", () => {
		const out = json({
			[MUELLER]: mueller,
			"Tagesnotizen/2026-11-23.md": "- [[Müller GmbH]] Auf Entscheidung warten\n",
			"Notizen/Ohne.md": "- [[Müller GmbH]] Auf Entscheidung warten\n",
		});
		expect(rows(out)).toEqual(["Tagesnotizen/2026-11-23.md:1 Kunden/Müller GmbH.md log done 2026-11-23"]);
	});

	it("in a customer note, a plain bullet naming a pseudo-activity is an open vague task; other plain bullets are notes", () => {
		const out = json({
			[MUELLER]: customer("firma: Müller GmbH", "- Bitte um Rückruf bei Herrn Meier\n- Standort Aalen, 120 Mitarbeiter\n- 12.11.2026 Telefonat mit Hr. Schulz"),
		});
		expect(rows(out)).toEqual([`${MUELLER}:5 ${MUELLER} task open - vague(vague-phrase,no-date)`, `${MUELLER}:7 ${MUELLER} log done 2026-11-12`]);
	});
});

describe("who an item belongs to", () => {
	it("a sub-task under a grouping bullet belongs to its customer; the bullet is no activity", () => {
		const out = json({ [MUELLER]: mueller, "Tagesnotizen/2026-11-23.md": "- [[Müller GmbH]]\n  - [ ] Angebot schicken 📅 2026-11-26\n" });
		expect(rows(out)).toEqual(["Tagesnotizen/2026-11-23.md:2 Kunden/Müller GmbH.md task open 2026-11-26"]);
	});

	it("tasks under a heading that links the customer belong to it", () => {
		const out = json({
			[MUELLER]: mueller,
			"Notizen/Woche.md":
				"## [[Müller GmbH]]\n- [ ] Angebot schicken 📅 2026-11-26\n### Technik\n- [ ] Zeichnung prüfen 📅 2026-11-27\n## Privat\n- [ ] Auto 📅 2026-11-27\n",
		});
		expect(rows(out)).toEqual([
			"Notizen/Woche.md:2 Kunden/Müller GmbH.md task open 2026-11-26",
			"Notizen/Woche.md:4 Kunden/Müller GmbH.md task open 2026-11-27",
		]);
	});

	it("a meeting note's kunde property, as Properties writes it, owns its items", () => {
		const out = json({
			[MUELLER]: mueller,
			"Meetings/Jour fixe.md": '---\nkunde: "[[Müller GmbH]]"\ndatum: 2026-11-20\n---\n- [ ] Protokoll an Fr. Gerens 📅 2026-11-24\n- Preise besprochen\n',
		});
		expect(rows(out)).toEqual([
			"Meetings/Jour fixe.md:5 Kunden/Müller GmbH.md task open 2026-11-24",
			"Meetings/Jour fixe.md:6 Kunden/Müller GmbH.md log done 2026-11-20",
		]);
	});

	it("a link to a person note belongs to the person's company; the person note's own items too", () => {
		const out = json({
			[MUELLER]: mueller,
			"Personen/Hans Müller.md": '---\nfirma: "[[Müller GmbH]]"\n---\n- [ ] Hans zum Geburtstag gratulieren 📅 2026-12-01\n',
			"Tagesnotizen/2026-11-23.md": "- [ ] [[Hans Müller]] anrufen wg. Wartung 📅 2026-11-24\n",
		});
		expect(rows(out)).toEqual([
			"Personen/Hans Müller.md:4 Kunden/Müller GmbH.md task open 2026-12-01",
			"Tagesnotizen/2026-11-23.md:1 Kunden/Müller GmbH.md task open 2026-11-24",
		]);
	});
});

describe("templates are not customers", () => {
	it("skips the template folders, Vorlagen and Templates by default", () => {
		const out = json({
			[MUELLER]: mueller,
			"Vorlagen/Kunde.md": customer("firma: {{title}}", "- [ ] Erstkontakt"),
			"Templates/Besuch.md": "- [ ] [[Müller GmbH]] nachfassen\n",
		});
		expect(out.customers.map((c) => c.path)).toEqual([MUELLER]);
		expect(out.activities).toEqual([]);
	});

	it("takes the folders from the settings", () => {
		const out = json({ [MUELLER]: mueller, "Meta/Vorlagen/Kunde.md": customer("firma: X") }, { templateFolders: ["Meta/Vorlagen"] });
		expect(out.customers.map((c) => c.path)).toEqual([MUELLER]);
	});
});
