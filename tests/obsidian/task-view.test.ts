// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { lastModal, MarkdownView, notices, type Modal } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { context, nextUpdate } from "./harness";
import { lineEditor } from "./fake/line-editor";
import { menuOf, openTaskView } from "./task-view-harness";

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("task view", () => {
	it("shows every activity of the index, grouped, Erledigt collapsed", async () => {
		const { el, rows, index } = await openTaskView();
		expect(rows()).toHaveLength(index().activities.length);
		const groups = [...el.querySelectorAll("details")].map((d) => [d.getAttribute("data-group"), d.hasAttribute("open")]);
		expect(groups).toContainEqual(["done", false]);
		// The daily note's plain bullet is a logged contact (done), not an overdue task.
		expect(groups.map(([g]) => g)).toEqual(["next7", "undated", "done"]);
	});

	it("flags vague activities with their reasons and the suggestion", async () => {
		const { row } = await openTaskView();
		const vague = row("Auf Entscheidung warten");
		expect([...vague.querySelectorAll(".kundendossier-badge")].map((b) => b.textContent)).toEqual([
			"Pseudo-Aktivität",
			"wartet auf andere",
			"kein Datum",
			"keine Person",
		]);
		expect(vague.querySelector(".kundendossier-task-suggestion")?.textContent).toContain("Die Entscheidung vorbereiten");
	});

	it("toggles done by writing exactly one line, and the row moves to Erledigt", async () => {
		const { app, plugin, row, el } = await openTaskView();
		const path = "Kunden/Müller Maschinenbau.md";
		const before = app.vault.text(app.file(path));
		const updated = nextUpdate(plugin);
		row("Konzept vorstellen").querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
		await updated;
		const after = app.vault.text(app.file(path));
		const changed = after.split("\n").filter((l, i) => l !== before.split("\n")[i]);
		const today = context(plugin).index.current.today;
		expect(changed).toEqual([`- [x] Frau Gerens das Konzept vorstellen 📅 2026-11-26 ✅ ${today}`]);
		expect(el.querySelector("details[data-group=done]")?.textContent).toContain("Konzept vorstellen");
	});

	it("writes through the editor when the note is open, changing only that line", async () => {
		const { app, row } = await openTaskView();
		const path = "Kunden/Müller Maschinenbau.md";
		const { editor, replaced } = lineEditor(app.vault.text(app.file(path)));
		const view = Object.assign(new MarkdownView(), { file: app.file(path), editor, containerEl: document.createElement("div"), getViewType: () => "markdown" });
		app.workspace.leaves.push({ app, view: view as never, openFile: async () => {}, setViewState: async () => {} });
		const before = app.vault.text(app.file(path));
		row("Konzept vorstellen").querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
		await flush();
		expect(replaced).toHaveLength(1);
		expect(replaced[0]?.text).toMatch(/^- \[x\] Frau Gerens das Konzept vorstellen 📅 2026-11-26 ✅ \d{4}-\d{2}-\d{2}$/);
		expect(app.vault.text(app.file(path))).toBe(before); // the editor saves it, not the plugin
	});

	it("refuses a stale line with a notice and writes nothing", async () => {
		const { app, row } = await openTaskView();
		const file = app.file("Kunden/Schulz Druck.md");
		// The user edits the line in another device after the index read it (no change event yet).
		const edited = app.vault.text(file).replace("Auf Entscheidung warten", "Auf Entscheidung der GL warten");
		app.vault.files.set(file.path, { file, text: edited });
		notices.length = 0;
		row("Auf Entscheidung warten").querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
		await flush();
		await flush();
		expect(app.vault.text(file)).toBe(edited);
		expect(notices).toEqual(["Die Zeile wurde inzwischen geändert; nichts geschrieben. Bitte die Ansicht prüfen."]);
	});

	it("says so when the note is gone", async () => {
		const { app, row } = await openTaskView();
		const checkbox = row("Muster schicken").querySelector<HTMLInputElement>("input[type=checkbox]");
		await app.vault.delete(app.file("Tagesnotizen/2026-11-20.md"));
		notices.length = 0;
		checkbox?.click();
		await flush();
		expect(notices).toEqual(["Die Notiz gibt es nicht mehr; nichts geschrieben."]);
	});

	it("reschedules by a week from the due date", async () => {
		const { app, row } = await openTaskView();
		menuOf(row("Muster schicken")).click("Eine Woche später (04.12.2026)");
		await flush();
		expect(app.vault.text(app.file("Tagesnotizen/2026-11-20.md"))).toContain("- [ ] [[Schulz Druck]] Muster schicken 📅 2026-12-04");
	});

	it("reschedules where the date is written: one date per line", async () => {
		const path = "Kunden/Schulz Druck.md";
		const lines = ["- [ ] Am 23. November Frau Gerens anrufen", "- [ ] Angebot senden [fällig:: 2026-12-15]", "- [ ] Call Mrs Gerens on 25 November"];
		const { app, row } = await openTaskView({ ...VAULT, [path]: `---\ntyp: kunde\n---\n${lines.join("\n")}\n` });
		for (const [text, move] of [
			["Frau Gerens anrufen", "Morgen (24.11.2026)"],
			["Angebot senden", "Einen Tag später (16.12.2026)"],
			["Call Mrs Gerens", "Einen Tag später (26.11.2026)"],
		] as const) {
			menuOf(row(text)).click(move);
			await flush();
		}
		expect(app.vault.text(app.file(path))).toBe(
			"---\ntyp: kunde\n---\n- [ ] Am 24. November Frau Gerens anrufen\n- [ ] Angebot senden [fällig:: 2026-12-16]\n- [ ] Call Mrs Gerens on 26 November\n",
		);
	});

	it("makes a vague activity concrete through the modal", async () => {
		const { app, row } = await openTaskView();
		menuOf(row("Auf Entscheidung warten")).click("Konkretisieren");
		const modal = lastModal as Modal;
		const [text, date, person] = [...modal.contentEl.querySelectorAll<HTMLInputElement>("textarea, input")];
		const type = (el: HTMLInputElement | undefined, value: string) => {
			if (!el) throw new Error("field missing");
			el.value = value;
			el.dispatchEvent(new Event("change"));
		};
		type(text, "Herrn Schulz das Angebot am Telefon erklären");
		type(date, "2026-12-02");
		type(person, "Herrn Schulz");
		expect(modal.contentEl.querySelector(".kundendossier-resolved")?.textContent).toBe("→ 02.12.2026");
		expect(modal.contentEl.querySelector(".kundendossier-verdict")?.textContent).toContain("Konkret");
		modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		await flush();
		expect(app.vault.text(app.file("Kunden/Schulz Druck.md"))).toContain("- [ ] Herrn Schulz das Angebot am Telefon erklären 📅 2026-12-02\n");
	});

	it("Konkretisieren with the date left empty keeps the planned dates the line had", async () => {
		const path = "Kunden/Schulz Druck.md";
		const lines = [
			"- [ ] Um Rückruf bitten 📅 2026-11-25",
			"- [ ] Rückmeldung abwarten ⏳ 2026-11-24",
			"- [ ] Auf Antwort warten 🛫 2026-11-20",
			"- [ ] Auf Freigabe warten [fällig:: 2026-11-27]",
		];
		const { app, row } = await openTaskView({ ...VAULT, [path]: `---\ntyp: kunde\n---\n${lines.join("\n")}\n` });
		for (const [text, kept] of [
			["Um Rückruf bitten", "📅 2026-11-25"],
			["Rückmeldung abwarten", "⏳ 2026-11-24"],
			["Auf Antwort warten", "🛫 2026-11-20"],
		] as const) {
			menuOf(row(text)).click("Konkretisieren");
			const modal = lastModal as Modal;
			const [field, , person] = [...modal.contentEl.querySelectorAll<HTMLInputElement>("textarea, input")];
			if (!field || !person) throw new Error("field missing");
			person.value = "Herrn Schulz";
			person.dispatchEvent(new Event("change"));
			modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
			await flush();
			await flush();
			expect(app.vault.text(app.file(path))).toContain(`- [ ] ${text} (mit Herrn Schulz) ${kept}\n`);
		}
		// A Dataview field is part of the text the form shows, and stays with it.
		menuOf(row("Auf Freigabe warten")).click("Konkretisieren");
		(lastModal as Modal).contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		await flush();
		expect(app.vault.text(app.file(path))).toContain("- [ ] Auf Freigabe warten [fällig:: 2026-11-27]\n");
	});

	it("Konkretisieren with a new date rewrites the day the text names", async () => {
		const path = "Kunden/Schulz Druck.md";
		const { app, row } = await openTaskView({ ...VAULT, [path]: "---\ntyp: kunde\n---\n- [ ] Am 23. November auf Rückruf warten ^k1\n" });
		menuOf(row("auf Rückruf warten")).click("Konkretisieren");
		const modal = lastModal as Modal;
		const [text, date] = [...modal.contentEl.querySelectorAll<HTMLInputElement>("textarea, input")];
		if (!text || !date) throw new Error("field missing");
		text.value = "Am 23. November Herrn Schulz anrufen";
		text.dispatchEvent(new Event("change"));
		date.value = "30.11.";
		date.dispatchEvent(new Event("change"));
		modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		await flush();
		expect(app.vault.text(app.file(path))).toBe("---\ntyp: kunde\n---\n- [ ] Am 30. November Herrn Schulz anrufen ^k1\n");
	});

	it("Konkretisieren keeps one block id, at the end of the line", async () => {
		const path = "Kunden/Schulz Druck.md";
		const { app, row } = await openTaskView({ ...VAULT, [path]: "---\ntyp: kunde\n---\n- [ ] Nachfassen ^abc123\n" });
		menuOf(row("Nachfassen")).click("Konkretisieren");
		const modal = lastModal as Modal;
		const date = [...modal.contentEl.querySelectorAll<HTMLInputElement>("textarea, input")][1] as HTMLInputElement;
		date.value = "2026-12-02";
		date.dispatchEvent(new Event("change"));
		modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		await flush();
		expect(app.vault.text(app.file(path))).toBe("---\ntyp: kunde\n---\n- [ ] Nachfassen 📅 2026-12-02 ^abc123\n");
	});

	it("does not tick the identical twin of a line that was deleted", async () => {
		const path = "Kunden/Schulz Druck.md";
		const twin = "- [ ] Herrn Schulz anrufen 📅 2026-11-25";
		for (const [before, after] of [
			[`${twin}\n${twin}\n`, `${twin}\n`],
			[`${twin}\n- [ ] Muster zeigen 📅 2026-11-26\n${twin}\n`, `- [ ] Muster zeigen 📅 2026-11-26\n${twin}\n`],
		]) {
			const { app, rows } = await openTaskView({ ...VAULT, [path]: `---\ntyp: kunde\n---\n${before}` });
			const file = app.file(path);
			const first = rows().find((r) => r.textContent?.includes("Herrn Schulz anrufen"));
			// The user deletes the first line elsewhere; the view has not heard of it yet.
			const edited = `---\ntyp: kunde\n---\n${after}`;
			app.vault.files.set(path, { file, text: edited });
			notices.length = 0;
			first?.querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
			await flush();
			await flush();
			expect(app.vault.text(file)).toBe(edited);
			expect(notices).toHaveLength(1);
		}
	});

	it("writes through the editor without adding a line ending to the line", async () => {
		const { app, row } = await openTaskView();
		const path = "Kunden/Müller Maschinenbau.md";
		const value = app.vault.text(app.file(path)).replace(/\n/g, "\r\n");
		const replaced: string[] = [];
		const editor = { getValue: () => value, getLine: (n: number) => value.split(/\r?\n/)[n] ?? "", replaceRange: (text: string) => void replaced.push(text) };
		const view = Object.assign(new MarkdownView(), { file: app.file(path), editor, containerEl: document.createElement("div"), getViewType: () => "markdown" });
		app.workspace.leaves.push({ app, view: view as never, openFile: async () => {}, setViewState: async () => {} });
		row("Konzept vorstellen").querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
		await flush();
		expect(replaced).toEqual(["- [x] Frau Gerens das Konzept vorstellen 📅 2026-11-26 ✅ 2026-11-23"]);
	});

	it("rebuilds only the rows of the note that changed", async () => {
		const { app, plugin, row } = await openTaskView();
		const untouched = row("Konzept vorstellen");
		const changed = row("Auf Entscheidung warten");
		const updated = nextUpdate(plugin);
		await app.vault.process(app.file("Kunden/Schulz Druck.md"), (t) => t.replace("abc: C", "abc: B"));
		await updated;
		expect(row("Konzept vorstellen")).toBe(untouched);
		// A row in another note whose customer changed is rebuilt too: its ABC tag shows the class.
		expect(row("Muster schicken").querySelector(".kundendossier-abc-tag")?.textContent).toBe("B");
		expect(row("Auf Entscheidung warten")).not.toBe(changed);
		expect(row("Auf Entscheidung warten").querySelector(".kundendossier-abc-tag")?.textContent).toBe("B");
	});

	it("rebuilds rows of unchanged notes whose customer's computed class changed", async () => {
		const { app, plugin, row, index } = await openTaskView();
		const tag = () => row("Muster schicken").querySelector(".kundendossier-abc-tag")?.textContent;
		const computed = () => index().customers.find((c) => c.path === "Kunden/Schulz Druck.md")?.abcComputed;
		let updated = nextUpdate(plugin);
		await app.vault.process(app.file("Kunden/Schulz Druck.md"), (t) => t.replace("abc: C\n", ""));
		await updated;
		const before = computed();
		expect(tag()).toBe(before);
		// Müller's revenue falls below Schulz's: Schulz's computed class moves, the daily note stays as it is.
		updated = nextUpdate(plugin);
		await app.vault.process(app.file("Kunden/Müller Maschinenbau.md"), (t) => t.replace("umsatz: 480000", "umsatz: 1000"));
		await updated;
		expect(computed()).not.toBe(before);
		expect(tag()).toBe(computed());
	});

	it("moves through rows with the arrow keys and toggles with Space", async () => {
		const { rows } = await openTaskView();
		const [first, second] = rows();
		first?.focus();
		first?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		expect(document.activeElement).toBe(second);
	});
});
