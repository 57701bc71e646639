// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { uiDe } from "../../../src/obsidian/i18n/ui-de";
import { uiEn } from "../../../src/obsidian/i18n/ui-en";
import { renderDossierCard } from "../../../src/obsidian/render/dossier-card";
import { VAULT } from "../fixture-vault";
import { exampleVaultFiles } from "../example-vault";
import { loadPlugin, nextUpdate } from "../harness";

async function card(path: string, lang: "de" | "en" = "de") {
	const { index } = await loadPlugin(VAULT);
	const customer = index().customers.find((c) => c.path === path);
	if (!customer) throw new Error(path);
	const opened: Array<[string, number]> = [];
	const el = document.createElement("div");
	renderDossierCard(el, customer, { ui: lang === "de" ? uiDe : uiEn, lang, openLine: (p, l) => opened.push([p, l]) });
	return { el, opened, customer };
}

const texts = (el: HTMLElement, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);

describe("dossier card", () => {
	it("shows every phase of the model, dated, the current one highlighted, the skipped one marked", async () => {
		const { el } = await card("Kunden/Müller Maschinenbau.md");
		expect(texts(el, ".kundendossier-step-name")).toEqual(["Gelegenheit", "Kennenlernen", "Vertiefung", "Vertrauen", "Intime Phase"]);
		expect([...el.querySelectorAll(".kundendossier-step")].map((s) => s.className.replace("kundendossier-step is-", ""))).toEqual([
			"passed",
			"passed",
			"skipped",
			"current",
			"future",
		]);
		expect(texts(el, ".kundendossier-step-date")).toEqual(["10.03.2025", "02.04.2025", "01.02.2026"]);
		expect(el.querySelector("[aria-current=step]")?.getAttribute("data-phase")).toBe("Vertrauen");
		expect(el.querySelector(".kundendossier-timeline-model")?.textContent).toBe("Phasenmodell: Kundenherz");
	});

	it("names the model and its phases in English in an English UI; the current step keeps its canonical name", async () => {
		const { el } = await card("Kunden/Müller Maschinenbau.md", "en");
		expect(texts(el, ".kundendossier-step-name")).toEqual(["Occasion", "Getting to know", "Deepening", "Trust", "Intimacy"]);
		expect(el.querySelector("[aria-current=step]")?.getAttribute("data-phase")).toBe("Vertrauen");
		expect(el.querySelector(".kundendossier-timeline-model")?.textContent).toBe("Phase model: Customer heart");
	});

	it("shows the written ABC class and, when it differs, the revenue analysis", async () => {
		const { el } = await card("Kunden/Müller Maschinenbau.md");
		expect(el.querySelector(".kundendossier-abc-tag")?.getAttribute("data-abc")).toBe("B");
		expect(el.querySelector(".kundendossier-abc-computed")?.textContent).toBe("Umsatz: A (96 %)");
	});

	it("lists problems in plain words", async () => {
		const { el } = await card("Kunden/Müller Maschinenbau.md");
		expect([...el.querySelectorAll(".kundendossier-problems li")].map((li) => li.getAttribute("data-code"))).toEqual(["phase-skipped", "abc-mismatch"]);
		expect(el.querySelector(".kundendossier-problems li")?.textContent).toContain("ohne Vertiefung");
	});

	it("renders HTML in fields as text and prompts for empty fields", async () => {
		const { el } = await card("Kunden/Müller Maschinenbau.md");
		expect(el.querySelector("img")).toBeNull();
		expect(el.textContent).toContain("<img src=x onerror=alert(1)> Partner werden");
		expect(texts(el, "dd.is-missing")).toContain("Unterstützer unbekannt");
	});

	it("jumps to the next activity's line on click", async () => {
		const { el, opened } = await card("Kunden/Müller Maschinenbau.md");
		(el.querySelector(".kundendossier-next") as HTMLElement).click();
		// The daily note's plain bullet is a logged contact, not a step: the next one is the dated task.
		expect(opened).toEqual([["Kunden/Müller Maschinenbau.md", 26]]);
	});

	it("shows contacts with birthdays, and speaks English", async () => {
		const { el } = await card("Kunden/Müller Maschinenbau.md", "en");
		expect(el.querySelector(".kundendossier-contact-birthday")?.textContent).toBe("Birthday Nov 25, 1971");
		expect(texts(el, ".kundendossier-facts dt")).toContain("Decision makers");
	});

	it("shows a broken-YAML customer with its error instead of crashing", async () => {
		const { el } = await card("Kunden/Kaputt.md");
		expect(el.querySelector(".kundendossier-problems li")?.textContent).toContain("Zeile 2");
		expect(el.querySelector(".kundendossier-card-name")?.textContent).toBe("Kaputt");
	});
});

describe("dossier card on the example vault", () => {
	it("shows the A customer in good shape: tag A, dated timeline, no problems", async () => {
		const { index } = await loadPlugin(exampleVaultFiles());
		const customer = index().customers.find((c) => c.path === "Kunden/Müller Maschinenbau.md");
		if (!customer) throw new Error("Müller Maschinenbau missing");
		const el = document.createElement("div");
		renderDossierCard(el, customer, { ui: uiDe, lang: "de", openLine: () => {} });
		expect(el.querySelector(".kundendossier-abc-tag")?.getAttribute("data-abc")).toBe("A");
		expect(el.querySelector(".kundendossier-abc-computed")).toBeNull();
		expect(el.querySelector(".kundendossier-problems")).toBeNull();
		expect(el.querySelector("[aria-current=step]")?.getAttribute("data-phase")).toBe("Vertrauen");
		expect([...el.querySelectorAll(".kundendossier-step.is-passed .kundendossier-step-date")].length).toBe(3);
	});
});

describe("dossier card: class by potential, contact due, phone and mail", () => {
	async function exampleCard(path: string, files: Record<string, string> = exampleVaultFiles(), lang: "de" | "en" = "de") {
		const { index } = await loadPlugin(files);
		const customer = index().customers.find((c) => c.path === path);
		if (!customer) throw new Error(path);
		const el = document.createElement("div");
		renderDossierCard(el, customer, { ui: lang === "de" ? uiDe : uiEn, lang, openLine: () => {} });
		return el;
	}

	it("shows 'C → A Potenzial' beside the tag when the potential lifts the class, and nothing when it does not", async () => {
		const lifted = await exampleCard("Projekte/Stadtwerke Nordheim.md");
		expect(lifted.querySelector(".kundendossier-abc-tag")?.getAttribute("data-abc")).toBe("C");
		expect(lifted.querySelector(".kundendossier-abc-lifted")?.textContent).toBe("C → A Potenzial");
		expect(lifted.querySelector(".kundendossier-abc-lifted")?.getAttribute("title")).toContain("kleinsten A-Kunden");
		expect((await exampleCard("Projekte/Stadtwerke Nordheim.md", exampleVaultFiles(), "en")).querySelector(".kundendossier-abc-lifted")?.textContent).toBe(
			"C → A potential",
		);
		expect((await exampleCard("Kunden/Druckhaus Gerens.md")).querySelector(".kundendossier-abc-lifted")).toBeNull();
	});

	it("reads German amounts for the facts: 0,4 Mio is 400.000 €", async () => {
		const el = await exampleCard("Projekte/Stadtwerke Nordheim.md");
		const facts = [...el.querySelectorAll(".kundendossier-facts dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
		expect(facts).toContainEqual(["Potenzial", expect.stringMatching(/^400\.000\s€$/)]);
		// `umsatz: 390.000` is the float 390 to YAML (also to Obsidian's parser): the card shows what was written.
		const krause = await exampleCard("Kunden/Spedition Krause.md");
		const revenue = [...krause.querySelectorAll(".kundendossier-facts dt")].find((dt) => dt.textContent === "Umsatz")?.nextElementSibling?.textContent;
		expect(revenue).toMatch(/^390\.000\s€$/);
	});

	it("says when the next contact is due, marked as due soon", async () => {
		const el = await exampleCard("Projekte/Stadtwerke Nordheim.md");
		const due = el.querySelector(".kundendossier-contact-due");
		expect(due?.previousElementSibling?.textContent).toBe("Kontakt fällig am");
		expect(due?.textContent).toBe("24.11.2026 · bald fällig");
		expect(due?.classList.contains("is-due")).toBe(true);
		const overdue = await exampleCard("Kunden/Autohaus Brandt.md");
		expect(overdue.querySelector(".kundendossier-contact-due")?.textContent).toBe("10.09.2026 · überfällig");
		// Without any contact there is no due day to show.
		expect((await exampleCard("Kunden/Elektro Vogt.md")).querySelector(".kundendossier-contact-due")).toBeNull();
	});

	it("links contacts' phone and mail as tel: and mailto:, never as HTML", async () => {
		const el = await exampleCard("Projekte/Stadtwerke Nordheim.md");
		const phone = el.querySelector("a.kundendossier-contact-phone");
		expect([phone?.textContent, phone?.getAttribute("href")]).toEqual(["+49 7132 505 310", "tel:+497132505310"]);
		const mail = el.querySelector("a.kundendossier-contact-mail");
		expect([mail?.textContent, mail?.getAttribute("href")]).toEqual(["i.kowalski@stadtwerke-nordheim.de", "mailto:i.kowalski@stadtwerke-nordheim.de"]);

		const odd = {
			"Kunden/K.md":
				'---\ntyp: kunde\nansprechpartner:\n  - name: Eva\n    telefon: "auf Anfrage"\n    mail: "<img src=x onerror=alert(1)>"\n  - name: Otto\n    mail: "javascript:alert(1)//@x.de"\n---\n',
		};
		const card = await exampleCard("Kunden/K.md", odd);
		expect(card.querySelector("img")).toBeNull();
		expect(card.querySelectorAll("a.kundendossier-contact-phone, a.kundendossier-contact-mail")).toHaveLength(0);
		expect(card.textContent).toContain("auf Anfrage");
		expect(card.textContent).toContain("<img src=x onerror=alert(1)>");
	});
});

describe("dossier card: Verlauf, the next step's text, person notes", () => {
	const FILES: Record<string, string> = {
		"Kunden/Müller GmbH.md": [
			"---",
			"typ: kunde",
			"firma: Müller GmbH",
			"ansprechpartner:",
			"  - name: Hans Müller",
			"    rolle: Einkauf",
			"  - name: Frau Roth",
			"---",
			"## Verlauf",
			"- 2026-10-01 Mail: Prospekt geschickt",
			"- [x] Angebot geschickt ✅ 2026-11-10",
			"- [-] Messe abgesagt ✅ 2026-11-21",
			"- [ ] Herrn Müller das Angebot am 26.11.2026 vorstellen",
			"",
		].join("\n"),
		"Tagesnotizen/2026-11-20.md": "- 10:15 [[Müller GmbH]] Telefonat: Termin vereinbart\n- 16:00 [[Hans Müller]] Mail: Unterlagen\n",
		"Tagesnotizen/2026-11-23.md": "- 08:30 [[Müller GmbH]] Besuch, sehr positiv\n",
		"Tagesnotizen/2026-11-02.md": "- [[Müller GmbH]] Telefonat: erster Kontakt\n",
		"Tagesnotizen/2026-11-05.md": "- [[Müller GmbH]] Notiz: Budget steht\n",
		"Personen/Hans Müller.md": '---\nfirma: "[[Müller GmbH]]"\n---\n# Hans Müller\n',
		"Personen/Anna Berg.md": "---\ntyp: person\nfirma: Müller GmbH\n---\n",
		"Personen/Paul Fremd.md": '---\nfirma: "[[Andere AG]]"\n---\n',
	};

	async function mueller(files = FILES) {
		const { app, plugin, index } = await loadPlugin(files);
		const customer = index().customers.find((c) => c.path === "Kunden/Müller GmbH.md");
		if (!customer) throw new Error("Müller GmbH missing");
		const opened: Array<[string, number]> = [];
		const el = document.createElement("div");
		renderDossierCard(el, customer, { ui: uiDe, lang: "de", openLine: (p, l) => opened.push([p, l]) });
		return { el, opened, app, plugin };
	}

	it("lists the last contacts newest first, five, the rest behind 'mehr …'; cancelled ones are none", async () => {
		const { el } = await mueller();
		const rows = () =>
			[...el.querySelectorAll<HTMLElement>(".kundendossier-history-item")]
				.filter((li) => !li.hidden)
				.map((li) => [li.querySelector(".kundendossier-history-date")?.textContent, li.querySelector(".kundendossier-history-text")?.textContent]);
		expect(el.querySelector(".kundendossier-history .kundendossier-section-title")?.textContent).toBe("Verlauf");
		expect(rows()).toEqual([
			["23.11.2026", "08:30 Müller GmbH Besuch, sehr positiv"],
			["20.11.2026", "16:00 Hans Müller Mail: Unterlagen"],
			["20.11.2026", "10:15 Müller GmbH Telefonat: Termin vereinbart"],
			["10.11.2026", "Angebot geschickt"],
			["05.11.2026", "Müller GmbH Notiz: Budget steht"],
		]);
		const more = el.querySelector<HTMLButtonElement>(".kundendossier-history-more");
		expect(more?.textContent).toBe("mehr … (2)");
		more?.click();
		expect(rows().slice(5)).toEqual([
			["02.11.2026", "Müller GmbH Telefonat: erster Kontakt"],
			["01.10.2026", "Mail: Prospekt geschickt"],
		]);
		expect(more?.textContent).toBe("weniger");
		more?.click();
		expect(rows()).toHaveLength(5);
	});

	it("opens a contact's line on click", async () => {
		const { el, opened } = await mueller();
		const links = [...el.querySelectorAll<HTMLElement>(".kundendossier-history-text")];
		links[0]?.click();
		links[3]?.click();
		expect(opened).toEqual([
			["Tagesnotizen/2026-11-23.md", 1],
			["Kunden/Müller GmbH.md", 11],
		]);
	});

	it("says so when there is no contact yet", async () => {
		const { el } = await mueller({ "Kunden/Müller GmbH.md": "---\ntyp: kunde\n---\n" });
		expect(el.querySelector(".kundendossier-history .is-missing")?.textContent).toBe("noch kein Kontakt");
		expect(el.querySelector(".kundendossier-history-item")).toBeNull();
	});

	it("shows the next activity's text beside its date", async () => {
		const { el, opened } = await mueller();
		expect(el.querySelector(".kundendossier-next")?.textContent).toBe("26.11.2026");
		expect(el.querySelector(".kundendossier-next-text")?.textContent).toBe(" · Herrn Müller das Angebot am 26.11.2026 vorstellen");
		el.querySelector<HTMLElement>(".kundendossier-next")?.click();
		expect(opened).toEqual([["Kunden/Müller GmbH.md", 13]]);
	});

	it("links a contact to its person note and lists the other person notes of the customer", async () => {
		const { el, opened } = await mueller();
		expect(texts(el, ".kundendossier-contact-name")).toEqual(["Hans Müller", "Frau Roth"]);
		expect(el.querySelector("a.kundendossier-contact-name")?.getAttribute("data-path")).toBe("Personen/Hans Müller.md");
		expect(el.querySelector(".kundendossier-persons")?.textContent).toBe("Personen: Anna Berg");
		el.querySelector<HTMLElement>(".kundendossier-persons a")?.click();
		expect(opened).toEqual([["Personen/Anna Berg.md", 1]]);
		expect(el.textContent).not.toContain("Paul Fremd");
	});

	it("shows person notes also when the dossier names no contact, and a person note added later", async () => {
		const files = { ...FILES, "Kunden/Müller GmbH.md": "---\ntyp: kunde\n---\n" };
		const { app, plugin } = await mueller(files);
		const updated = nextUpdate(plugin);
		await app.vault.create("Personen/Neu.md", '---\nfirma: "[[Müller GmbH]]"\n---\n');
		const index = await updated;
		const customer = index.customers.find((c) => c.path === "Kunden/Müller GmbH.md");
		if (!customer) throw new Error("Müller GmbH missing");
		const el = document.createElement("div");
		renderDossierCard(el, customer, { ui: uiDe, lang: "de", openLine: () => {} });
		expect(el.querySelector(".kundendossier-contacts .is-missing")).toBeNull();
		expect(el.querySelector(".kundendossier-persons")?.textContent).toBe("Personen: Anna Berg, Hans Müller, Neu");
	});
});
