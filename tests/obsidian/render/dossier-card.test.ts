// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { uiDe } from "../../../src/obsidian/i18n/ui-de";
import { uiEn } from "../../../src/obsidian/i18n/ui-en";
import { renderDossierCard } from "../../../src/obsidian/render/dossier-card";
import { VAULT } from "../fixture-vault";
import { exampleVaultFiles } from "../example-vault";
import { loadPlugin } from "../harness";

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
		expect([...el.querySelectorAll(".kundendossier-step")].map((s) => s.className.replace("kundendossier-step is-", ""))).toEqual(["passed", "passed", "skipped", "current", "future"]);
		expect(texts(el, ".kundendossier-step-date")).toEqual(["10.03.2025", "02.04.2025", "01.02.2026"]);
		expect(el.querySelector("[aria-current=step]")?.getAttribute("data-phase")).toBe("Vertrauen");
		expect(el.querySelector(".kundendossier-timeline-model")?.textContent).toBe("Phasenmodell: Kundenherz");
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
		expect((await exampleCard("Projekte/Stadtwerke Nordheim.md", exampleVaultFiles(), "en")).querySelector(".kundendossier-abc-lifted")?.textContent).toBe("C → A potential");
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
			"Kunden/K.md": '---\ntyp: kunde\nansprechpartner:\n  - name: Eva\n    telefon: "auf Anfrage"\n    mail: "<img src=x onerror=alert(1)>"\n  - name: Otto\n    mail: "javascript:alert(1)//@x.de"\n---\n',
		};
		const card = await exampleCard("Kunden/K.md", odd);
		expect(card.querySelector("img")).toBeNull();
		expect(card.querySelectorAll("a.kundendossier-contact-phone, a.kundendossier-contact-mail")).toHaveLength(0);
		expect(card.textContent).toContain("auf Anfrage");
		expect(card.textContent).toContain("<img src=x onerror=alert(1)>");
	});
});
