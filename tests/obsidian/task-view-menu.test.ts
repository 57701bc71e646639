// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { lastMenu, lastModal, type Modal } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { loadPlugin, nextUpdate } from "./harness";
import { menuOf, openTaskView } from "./task-view-harness";

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("task view row menu", () => {
	const SCHULZ = "Kunden/Schulz Druck.md";

	it("offers the row's actions by name behind one labelled button, moves named for the day they move to", async () => {
		const { row, el } = await openTaskView();
		const button = row("Auf Entscheidung warten").querySelector<HTMLButtonElement>("button.kundendossier-task-menu");
		expect(button?.getAttribute("aria-label")).toBe("Aktionen");
		expect(button?.tagName).toBe("BUTTON"); // reachable with Tab
		expect(menuOf(row("Auf Entscheidung warten")).titles()).toEqual([
			"Erledigt",
			"Morgen (24.11.2026)",
			"Nächste Woche (30.11.2026)",
			"Datum wählen…",
			"Konkretisieren",
			"Öffnen",
		]);
		// Due later than tomorrow: moved from its own date, as before.
		expect(menuOf(row("Muster schicken")).titles()).toEqual([
			"Erledigt",
			"Einen Tag später (28.11.2026)",
			"Eine Woche später (04.12.2026)",
			"Datum wählen…",
			"Öffnen",
		]);
		(el.querySelector("details[data-group=done]") as HTMLDetailsElement).open = true;
		expect(menuOf(row("Frau Gerens angerufen")).titles()).toEqual(["Wieder öffnen", "Öffnen"]);
		expect(el.querySelector("button[data-days], .kundendossier-task-actions")).toBeNull();
	});

	it("Erledigt and Wieder öffnen write what the checkbox writes", async () => {
		const { app, plugin, row } = await openTaskView();
		const path = "Kunden/Müller Maschinenbau.md";
		const before = app.vault.text(app.file(path));
		let updated = nextUpdate(plugin);
		menuOf(row("Konzept vorstellen")).click("Erledigt");
		await updated;
		expect(app.vault.text(app.file(path))).toBe(
			before.replace("- [ ] Frau Gerens das Konzept vorstellen 📅 2026-11-26", "- [x] Frau Gerens das Konzept vorstellen 📅 2026-11-26 ✅ 2026-11-23"),
		);
		updated = nextUpdate(plugin);
		menuOf(row("Konzept vorstellen")).click("Wieder öffnen");
		await updated;
		expect(app.vault.text(app.file(path))).toBe(before);
	});

	it("right-click on the row opens the same menu where the mouse is; Morgen writes tomorrow's due date", async () => {
		const { app, row } = await openTaskView();
		const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 40, clientY: 80 });
		row("Auf Entscheidung warten").querySelector(".kundendossier-task-meta")?.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);
		expect(lastMenu?.shownAt).toEqual({ x: 40, y: 80 });
		expect(lastMenu?.titles()).toContain("Konkretisieren");
		lastMenu?.click("Morgen (24.11.2026)");
		await flush();
		expect(app.vault.text(app.file(SCHULZ))).toBe(
			"---\ntyp: kunde\nabc: C\numsatz: 20000\nphase: Kennenlernen\n---\n- [ ] Auf Entscheidung warten 📅 2026-11-24\n",
		);
	});

	it("Nächste Woche moves an undated activity a week from today", async () => {
		const { app, row } = await openTaskView();
		menuOf(row("Auf Entscheidung warten")).click("Nächste Woche (30.11.2026)");
		await flush();
		expect(app.vault.text(app.file(SCHULZ))).toContain("- [ ] Auf Entscheidung warten 📅 2026-11-30\n");
	});

	it("a move replaces the date phrase where it is written, so the line names one day", async () => {
		const path = "Kunden/Krause Logistik.md";
		const { app, row } = await openTaskView({ ...VAULT, [path]: "---\ntyp: kunde\nabc: B\n---\n- [ ] Herrn Krause bis KW 49 das Angebot schicken ^k1\n" });
		menuOf(row("das Angebot schicken")).click("Einen Tag später (01.12.2026)");
		await flush();
		expect(app.vault.text(app.file(path))).toBe("---\ntyp: kunde\nabc: B\n---\n- [ ] Herrn Krause bis 1. Dezember das Angebot schicken ^k1\n");
	});

	it("Datum wählen… asks for a day in a modal and moves the activity there", async () => {
		const { app, row } = await openTaskView();
		menuOf(row("Muster schicken")).click("Datum wählen…");
		const modal = lastModal as Modal;
		const input = modal.contentEl.querySelector<HTMLInputElement>("input[type=date]");
		expect(input?.value).toBe("2026-11-27");
		if (!input) throw new Error("no date field");
		input.value = "2026-12-10";
		modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		expect(app.vault.text(app.file("Tagesnotizen/2026-11-20.md"))).toBe(
			"- Telefonat mit [[Müller Maschinenbau]] über Liefertermine\n- [ ] [[Schulz Druck]] Muster schicken 📅 2026-12-10\n",
		);
	});

	it("the menu key on a focused row opens its menu", async () => {
		const { row } = await openTaskView();
		const r = row("Muster schicken");
		r.focus();
		r.dispatchEvent(new KeyboardEvent("keydown", { key: "ContextMenu", bubbles: true }));
		expect(lastMenu?.dom).not.toBeNull();
		expect(lastMenu?.titles()[0]).toBe("Erledigt");
	});

	it("offers no menu in the kundenaufgaben block, which only ticks and opens", async () => {
		const { plugin } = await loadPlugin(VAULT);
		const el = document.createElement("div");
		plugin.codeBlocks.get("kundenaufgaben")?.("filter: vage", el, { sourcePath: "Tagesnotizen/2026-11-20.md", addChild: (c: { load(): void }) => c.load() });
		expect(el.querySelector(".kundendossier-task")).not.toBeNull();
		expect(el.querySelector(".kundendossier-task-menu")).toBeNull();
	});
});

describe("task view filters", () => {
	type View = { getState(): { filtersOpen?: boolean }; setState(s: unknown, r: unknown): Promise<void>; onResize(): void; contentEl: HTMLElement };
	const narrow = (view: View, width: number) => Object.defineProperty(view.contentEl, "clientWidth", { configurable: true, value: width });

	it("says what each select filters", async () => {
		const { el } = await openTaskView();
		const selects = [...el.querySelectorAll("select")];
		expect(selects.map((s) => s.querySelector("option")?.textContent)).toEqual(["Alle Klassen", "Alle Status", "Alle Phasen", "Alle Kunden", "Nach Datum"]);
		expect(selects.map((s) => s.getAttribute("aria-label"))).toEqual(["Klasse", "Status", "Phase", "Kunde", "Sortierung"]);
	});

	it("closes into one line in a narrow view, naming the active filters, and remembers when opened", async () => {
		const { el, leaf, rows } = await openTaskView();
		const view = leaf.view as unknown as View;
		const toggle = () => el.querySelector<HTMLButtonElement>(".kundendossier-filter-toggle");
		expect(el.querySelectorAll("select").length).toBe(5);
		narrow(view, 300);
		view.onResize();
		expect(el.querySelectorAll("select, input.kundendossier-search").length).toBe(0);
		expect(toggle()?.textContent).toBe("Filter: keine");
		expect(toggle()?.getAttribute("aria-expanded")).toBe("false");
		await view.setState({ filter: { abc: "C", vagueOnly: true, status: null }, sort: "date" }, {});
		expect(toggle()?.textContent).toBe("Filter: C · Vage");
		expect(rows().map((r) => r.querySelector(".kundendossier-task-text")?.textContent)).toEqual(["Auf Entscheidung warten"]);
		toggle()?.click();
		expect(el.querySelectorAll("select").length).toBe(5);
		expect(view.getState().filtersOpen).toBe(true);
		view.onResize(); // still narrow: the user's choice stands
		expect(el.querySelectorAll("select").length).toBe(5);
		narrow(view, 800);
		toggle()?.click();
		expect(view.getState().filtersOpen).toBe(false);
		await view.setState({ ...view.getState() }, {});
		expect(el.querySelectorAll("select").length).toBe(0); // closed by choice even when wide
	});

	it("opens again when the view grows wider than a sidebar", async () => {
		const { el, leaf } = await openTaskView();
		const view = leaf.view as unknown as View;
		narrow(view, 300);
		view.onResize();
		expect(el.querySelectorAll("select").length).toBe(0);
		narrow(view, 600);
		view.onResize();
		expect(el.querySelectorAll("select").length).toBe(5);
	});
});
