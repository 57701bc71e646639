// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import type { Plugin as FakePlugin } from "../fake/obsidian";
import { context, loadPlugin, nextUpdate } from "../harness";

const customer = (fm: string, body = "") => `---\ntyp: kunde\n${fm}\n---\n${body}`;

/** Five customers on 2026-11-23: revenue 50/20/20/10 % (cuts at 2 and 3 customers), Beta stuck since 2025-02-01. */
const VAULT = {
	"Kunden/Alpha.md": customer("abc: A\numsatz: 500000\nphasenmodell: kundenherz\nphase: Vertrauen", "- [ ] 2026-11-25 Herrn Alpha das Angebot vorstellen\n"),
	"Kunden/Beta.md": customer(
		"abc: B\numsatz: 200000\nphasenmodell: kundenherz\nphase: Kennenlernen\nphasen:\n  - phase: Gelegenheit\n    datum: 2024-01-10\n  - phase: Kennenlernen\n    datum: 2025-02-01",
	),
	"Kunden/Gamma.md": customer("abc: C\numsatz: 100000\nphasenmodell: beziehung\nphase: Ernüchterung", "- [ ] 2026-12-01 Frau Gamma zum Essen einladen\n"),
	"Kunden/Delta.md": customer("phasenmodell: kundenherz\nphase: Vertrauen", "- [ ] 2026-12-02 Herrn Delta die Studie zeigen\n"),
	"Kunden/Epsilon.md": customer('firma: "<b>Epsilon</b>"\nabc: C\numsatz: 200000\nphasenmodell: kundenherz'),
	"Notizen/Übersicht.md": "# Übersicht\n\n```kundenuebersicht\n```\n",
};

type Loaded = Awaited<ReturnType<typeof loadPlugin>>;

function renderBlock({ plugin }: Loaded): HTMLElement {
	const el = document.createElement("div");
	plugin.codeBlocks.get("kundenuebersicht")?.("", el, { sourcePath: "Notizen/Übersicht.md", addChild: (c: { load(): void }) => c.load() });
	return el;
}

const bars = (svg: Element | null | undefined) =>
	[...(svg?.querySelectorAll(".kundendossier-overview-bar") ?? [])].map((g) => [g.querySelector("text")?.textContent, Number(g.getAttribute("data-count"))]);

describe("customer overview block", () => {
	it("draws one bar per phase of each model in use, with the right counts and a tooltip", async () => {
		const el = renderBlock(await loadPlugin(VAULT));
		const heart = el.querySelector('[data-model="kundenherz"] svg');
		expect(bars(heart)).toEqual([
			["Gelegenheit", 0],
			["Kennenlernen", 1],
			["Vertiefung", 0],
			["Vertrauen", 2],
			["Intime Phase", 0],
			["ohne Phase", 1],
		]);
		expect(heart?.getAttribute("role")).toBe("img");
		expect(heart?.getAttribute("aria-label")).toBe("Kunden je Phase: Kundenherz");
		expect(heart?.querySelector('[data-key="Vertrauen"] title')?.textContent).toBe("Vertrauen: 2 Kunden");
		expect(bars(el.querySelector('[data-model="beziehung"] svg'))).toEqual([
			["Verliebtheit", 0],
			["Ernüchterung", 1],
			["Machtkampf", 0],
			["Ich-Du-Wir", 0],
			["Zuhause", 0],
		]);
		expect(el.querySelector('[data-model="lebenszyklus"]')).toBeNull();
	});

	it("draws customers per written and per effective class", async () => {
		const el = renderBlock(await loadPlugin(VAULT));
		expect(bars(el.querySelector('[data-kind="written"] svg'))).toEqual([
			["A", 1],
			["B", 1],
			["C", 2],
			["ohne", 1],
		]);
		expect(el.querySelector('[data-kind="effective"] svg')?.querySelectorAll("title").length).toBe(5);
	});

	it("marks and labels the 65 % and 85 % cuts on the Pareto curve", async () => {
		const el = renderBlock(await loadPlugin(VAULT));
		const pareto = el.querySelector(".kundendossier-overview-pareto");
		expect(pareto?.querySelectorAll(".kundendossier-overview-point")).toHaveLength(4);
		const cuts = [...(pareto?.querySelectorAll(".kundendossier-overview-cut") ?? [])];
		expect(cuts.map((c) => [c.getAttribute("data-threshold"), c.getAttribute("data-count")])).toEqual([
			["65", "2"],
			["85", "3"],
		]);
		expect(cuts.map((c) => c.querySelector(".kundendossier-overview-cut-label")?.textContent)).toEqual(["65 %: 2 Kunden (50 %)", "85 %: 3 Kunden (75 %)"]);
		// Intl puts a no-break space before the euro sign.
		expect(pareto?.querySelector(".kundendossier-overview-point title")?.textContent).toMatch(/^1\. Alpha: 500\.000\s€, kumuliert 50 %$/);
	});

	it("lists stuck customers and customers without next step as links that open the note", async () => {
		const loaded = await loadPlugin(VAULT);
		const el = renderBlock(loaded);
		const stuck = [...el.querySelectorAll(".kundendossier-overview-stuck li")];
		expect(stuck.map((li) => li.textContent)).toEqual(["BetaKennenlernen seit 660 Tagen (Grenze 365)"]);
		(stuck[0]?.querySelector("a") as HTMLElement).click();
		await Promise.resolve();
		expect(loaded.app.workspace.opened.map((o) => o.path)).toEqual(["Kunden/Beta.md"]);
		const noNext = [...el.querySelectorAll(".kundendossier-overview-no-next li")].map((li) => [
			li.getAttribute("data-abc"),
			[...li.querySelectorAll("a")].map((a) => a.textContent),
		]);
		expect(noNext).toEqual([
			["B", ["Beta"]],
			["C", ["<b>Epsilon</b>"]],
		]);
		expect(el.querySelector("b")).toBeNull();
	});

	it("follows the stuck threshold stored for a model", async () => {
		const el = renderBlock(await loadPlugin(VAULT, { stuckDays: { kundenherz: 1000 } }));
		expect(el.querySelector(".kundendossier-overview-stuck")).toBeNull();
		expect(el.querySelector('[data-section="stuck"] .kundendossier-empty')?.textContent).toBe("Kein Kunde steckt in einer Phase fest.");
	});

	it("redraws when the threshold is changed in the settings, without reading the vault again", async () => {
		const loaded = await loadPlugin(VAULT);
		const el = renderBlock(loaded);
		const rebuild = vi.spyOn(context(loaded.plugin).index, "rebuild");
		const tab = (loaded.plugin as unknown as FakePlugin).settingTabs[0] as unknown as { display(): void; containerEl: HTMLElement };
		tab.display();
		const setting = [...tab.containerEl.querySelectorAll(".setting-item")].find(
			(s) => s.querySelector(".setting-item-name")?.textContent === "Festgefahren nach (Tage): Kundenherz",
		);
		const input = setting?.querySelector("input") as HTMLInputElement;
		expect(input.getAttribute("placeholder")).toBe("365");
		input.value = "abc";
		input.dispatchEvent(new Event("change"));
		await new Promise((r) => setTimeout(r, 0));
		expect(setting?.querySelector(".kundendossier-setting-error")?.textContent).toBe("Bitte ganze Tage von 1 bis 3650.");
		input.value = "1000";
		input.dispatchEvent(new Event("change"));
		await new Promise((r) => setTimeout(r, 700)); // past the rebuild debounce
		expect(loaded.plugin.data).toMatchObject({ stuckDays: { kundenherz: 1000 } });
		expect(el.querySelector(".kundendossier-overview-stuck")).toBeNull();
		expect(rebuild).not.toHaveBeenCalled();
	});

	it("speaks English when the UI does", async () => {
		const el = renderBlock(await loadPlugin(VAULT, { languageMode: "en" }));
		expect(el.querySelector(".kundendossier-overview-title")?.textContent).toBe("Customer overview");
		expect(el.querySelector('[data-model="kundenherz"] svg')?.getAttribute("aria-label")).toBe("Customers per phase: Customer heart");
		expect(el.querySelector(".kundendossier-overview-cut-label")?.textContent).toBe("65 %: 2 customers (50 %)");
	});

	it("updates when a note changes", async () => {
		const loaded = await loadPlugin(VAULT);
		const el = renderBlock(loaded);
		const updated = nextUpdate(loaded.plugin);
		await loaded.app.vault.modify(loaded.app.file("Kunden/Gamma.md"), customer("abc: C\numsatz: 100000\nphasenmodell: kundenherz\nphase: Vertiefung"));
		await updated;
		expect(bars(el.querySelector('[data-model="kundenherz"] svg'))[2]).toEqual(["Vertiefung", 1]);
		expect(el.querySelector('[data-model="beziehung"]')).toBeNull();
	});
});

describe("dossier view without a customer note", () => {
	it("shows the overview when no note is open, and the card again for a customer note", async () => {
		const { app } = await loadPlugin(VAULT);
		const leaf = app.workspace.getRightLeaf();
		await leaf.setViewState({ type: "kundendossier-dossier" });
		const view = leaf.view.containerEl;
		expect(view.querySelector(".kundendossier-overview-title")?.textContent).toBe("Kundenübersicht");
		expect(view.querySelectorAll(".kundendossier-overview-pareto")).toHaveLength(1);
		app.workspace.openNote(app.file("Kunden/Alpha.md"));
		expect(view.querySelector(".kundendossier-overview")).toBeNull();
		expect(view.querySelector(".kundendossier-card-name")?.textContent).toBe("Alpha");
	});

	it("shows the overview under a short hint for a note that is no customer", async () => {
		const { app } = await loadPlugin(VAULT);
		const leaf = app.workspace.getRightLeaf();
		await leaf.setViewState({ type: "kundendossier-dossier" });
		app.workspace.openNote(app.file("Notizen/Übersicht.md"));
		const view = leaf.view.containerEl;
		expect(view.querySelector(".kundendossier-hint")?.textContent).toBe("Diese Notiz ist kein Kundendossier.");
		expect(view.querySelector(".kundendossier-overview")).not.toBeNull();
	});
});
