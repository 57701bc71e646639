// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { confirm, runCommand, settle, typeActivity } from "./actions";
import { lastModal, MarkdownRenderer, notices, type Modal } from "./fake/obsidian";
import { exampleVaultFiles } from "./example-vault";
import { VAULT } from "./fixture-vault";
import { context, loadPlugin, nextUpdate } from "./harness";

describe("insert daily review", () => {
	it("creates today's daily note with the review, and a second run leaves it byte-identical", async () => {
		const { app, plugin } = await loadPlugin(VAULT, { dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false });
		const today = context(plugin).index.current.today;
		runCommand(plugin, "insert-daily-review");
		await settle();
		const path = `Tagesnotizen/${today}.md`;
		const first = app.vault.text(app.file(path));
		expect(first).toContain("%% kundendossier-review:start %%");
		expect(first).toContain(`# Tagesreview ${today}`);
		const updated = nextUpdate(plugin);
		runCommand(plugin, "insert-daily-review");
		await settle();
		expect(app.vault.text(app.file(path))).toBe(first);
		// The review's own links to customers are no activities.
		await updated.catch(() => undefined);
		expect(context(plugin).index.current.activities.some((a) => a.path === path)).toBe(false);
	});
});

describe("insert daily review into a note with unclear markers", () => {
	const settings = { dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false };

	it("refuses a start marker without an end with a notice, twice, and leaves the note byte-identical", async () => {
		const path = "Tagesnotizen/2026-11-23.md";
		const note = "# T\n%% kundendossier-review:start %%\nMeine Gesprächsnotizen: Müller will 20 % Rabatt.\n";
		const { app, plugin } = await loadPlugin({ ...VAULT, [path]: note }, settings);
		notices.length = 0;
		runCommand(plugin, "insert-daily-review");
		await settle();
		runCommand(plugin, "insert-daily-review");
		await settle();
		expect(app.vault.text(app.file(path))).toBe(note);
		expect(notices).toEqual(
			[0, 1].map(
				() =>
					`${path}: Ein Review-Marker (%% kundendossier-review:start %% oder :end %%) steht ohne Partner. Nichts geschrieben; bitte den Marker ergänzen oder entfernen.`,
			),
		);
	});

	it("keeps a customer's hostile name out of the note's structure: no embed, no HTML, no fence, no new activity", async () => {
		const path = "Tagesnotizen/2026-11-23.md";
		const name =
			"Evil]] ![[secret]] [[x\n%% kundendossier-review:end %%\n- [ ] [[Müller Maschinenbau]] Phantom 📅 2026-11-23\n<img src=x onerror=alert(1)>\n```kundenreview";
		const files = {
			...VAULT,
			"Kunden/Evil.md": `---\ntyp: kunde\nfirma: ${JSON.stringify(name)}\n---\n- [ ] Angebot schicken 📅 2026-11-23\n`,
			[path]: "# T\n",
		};
		const { app, plugin } = await loadPlugin(files, settings);
		const before = context(plugin).index.current.activities.length;
		const updated = nextUpdate(plugin);
		runCommand(plugin, "insert-daily-review");
		await settle();
		await updated;
		const text = app.vault.text(app.file(path));
		expect(text).not.toMatch(/!\[\[|<img|```/);
		expect(text.split("\n").filter((l) => l.trim().startsWith("%% kundendossier-review"))).toHaveLength(2);
		expect(context(plugin).index.current.activities).toHaveLength(before);
		runCommand(plugin, "insert-daily-review");
		await settle();
		expect(app.vault.text(app.file(path))).toBe(text);
	});
});

describe("kundenreview block and lint", () => {
	it("renders no review inside a review, however the review came to hold the block", async () => {
		const { plugin } = await loadPlugin(VAULT);
		const processor = plugin.codeBlocks.get("kundenreview");
		const ctx = { sourcePath: "x.md", addChild: (c: { load(): void }) => c.load() };
		// Obsidian runs the block's processor for every kundenreview block in the rendered Markdown:
		// here every review rendered is taken to hold one, to find out whether the block stops.
		const render = MarkdownRenderer.render.bind(MarkdownRenderer);
		let renders = 0;
		const spy = vi.spyOn(MarkdownRenderer, "render").mockImplementation(async (app, markdown, el) => {
			await render(app, markdown, el);
			if (++renders > 20) return;
			processor?.("", el.createDiv(), ctx);
		});
		try {
			const el = document.createElement("div");
			processor?.("", el, ctx);
			await settle();
			expect(renders).toBe(1);
			expect(el.textContent).toContain("Ein Tagesreview im Tagesreview wird nicht angezeigt.");
		} finally {
			spy.mockRestore();
		}
	});

	it("renders the same review as the insert", async () => {
		const { plugin } = await loadPlugin(VAULT);
		const el = document.createElement("div");
		plugin.codeBlocks.get("kundenreview")?.("", el, { sourcePath: "x.md", addChild: (c: { load(): void }) => c.load() });
		await settle();
		expect(el.textContent).toContain("# Tagesreview");
		expect(el.textContent).toContain("## Vage Aktivitäten konkretisieren (2)");
	});

	it("lists every customer problem and unreadable note with links", async () => {
		const { plugin } = await loadPlugin(VAULT);
		runCommand(plugin, "lint-vault");
		const modal = lastModal as Modal;
		expect([...modal.contentEl.querySelectorAll("a")].map((a) => a.getAttribute("data-path"))).toEqual([
			"Kunden/Kaputt.md",
			"Kunden/Müller Maschinenbau.md",
			"Kunden/Schulz Druck.md",
		]);
		expect([...modal.contentEl.querySelectorAll("li[data-code]")].map((li) => li.getAttribute("data-code"))).toContain("yaml-error");
	});
});

describe("add activity", () => {
	it("shows the resolved date and the vague warning live, then writes under the Aktivitäten heading", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		app.workspace.openNote(app.file("Kunden/Müller Maschinenbau.md"));
		runCommand(plugin, "add-activity");
		const modal = lastModal as Modal;
		const input = modal.contentEl.querySelector("input") as HTMLInputElement;
		const type = (value: string) => {
			input.value = value;
			input.dispatchEvent(new Event("change"));
		};
		type("Um Rückruf bitten");
		expect(modal.contentEl.querySelector(".kundendossier-verdict")?.textContent).toMatch(/^Vage \(Pseudo-Aktivität, kein Datum/);
		type("übermorgen Herrn Kaiser anrufen");
		const today = context(plugin).index.current.today;
		const inTwoDays = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
		expect(modal.contentEl.querySelector(".kundendossier-resolved")?.textContent).toBe(`→ ${inTwoDays.split("-").reverse().join(".")}`);
		expect(modal.contentEl.querySelector(".kundendossier-verdict")?.textContent).toContain("Konkret");
		confirm(modal);
		await settle();
		const lines = app.vault.text(app.file("Kunden/Müller Maschinenbau.md")).split("\n");
		const heading = lines.indexOf("## Aktivitäten");
		expect(lines.slice(heading + 1, heading + 5)).toEqual([
			"- [x] Frau Gerens angerufen ✅ 2026-11-20",
			"- [ ] Frau Gerens das Konzept vorstellen 📅 2026-11-26",
			"- Bitte um Rückruf bei Herrn Meier",
			`- [ ] übermorgen Herrn Kaiser anrufen 📅 ${inTwoDays}`,
		]);
	});

	it("does not call a follow-up word without a person concrete, and suggests the dossier's decision maker", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		app.workspace.openNote(app.file("Kunden/Müller Maschinenbau.md"));
		runCommand(plugin, "add-activity");
		const modal = typeActivity("Kontakt halten am 1.12.");
		const verdict = modal.contentEl.querySelector(".kundendossier-verdict")?.textContent ?? "";
		expect(verdict).not.toContain("Person und Handlung sind genannt");
		expect(verdict).toMatch(/^Vage \(ohne Handlung/);
		expect(verdict).toContain("Dr. Anna Gerens");
		typeActivity("Am 1.12. das Konzept vorstellen");
		expect(modal.contentEl.querySelector(".kundendossier-verdict")?.textContent).toMatch(/^Konkret, aber keine Person: .*Dr\. Anna Gerens/);
	});

	it("asks for the customer outside a customer note, and can write to the daily note", async () => {
		const { app, plugin } = await loadPlugin(VAULT, { addActivityTo: "daily", dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false });
		runCommand(plugin, "add-activity");
		const suggest = lastModal as unknown as { getItems(): Array<{ path: string }>; onChooseItem(c: unknown): void };
		const schulz = suggest.getItems().find((c) => c.path === "Kunden/Schulz Druck.md");
		suggest.onChooseItem(schulz);
		const modal = typeActivity("Herrn Schulz am 3.12. die Muster zeigen");
		confirm(modal);
		await settle();
		const today = context(plugin).index.current.today;
		expect(app.vault.text(app.file(`Tagesnotizen/${today}.md`))).toMatch(
			/- \[ \] \[\[Schulz Druck\]\] Herrn Schulz am 3\.12\. die Muster zeigen 📅 \d{4}-12-03/,
		);
	});

	it("links the customer in the daily note safely: with its folder where its file name is not unique", async () => {
		const files = { ...VAULT, "Archiv/Schulz Druck.md": "# alt\n" };
		const { app, plugin } = await loadPlugin(files, { addActivityTo: "daily", dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false });
		runCommand(plugin, "add-activity");
		const suggest = lastModal as unknown as { getItems(): Array<{ path: string }>; onChooseItem(c: unknown): void };
		suggest.onChooseItem(suggest.getItems().find((c) => c.path === "Kunden/Schulz Druck.md"));
		const modal = typeActivity("Herrn Schulz am 3.12. die Muster zeigen");
		confirm(modal);
		await settle();
		const today = context(plugin).index.current.today;
		expect(app.vault.text(app.file(`Tagesnotizen/${today}.md`))).toContain(
			"- [ ] [[Kunden/Schulz Druck|Schulz Druck]] Herrn Schulz am 3.12. die Muster zeigen",
		);
	});
});

describe("on the example vault", () => {
	it("inserts the review into today's daily note; the second insert leaves it byte-identical", async () => {
		const { app, plugin } = await loadPlugin(exampleVaultFiles(), { dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false });
		const today = context(plugin).index.current.today;
		runCommand(plugin, "insert-daily-review");
		await settle();
		const first = app.vault.text(app.file(`Tagesnotizen/${today}.md`));
		expect(first).toContain("## Vage Aktivitäten konkretisieren");
		runCommand(plugin, "insert-daily-review");
		await settle();
		expect(app.vault.text(app.file(`Tagesnotizen/${today}.md`))).toBe(first);
	});

	it("advances a customer's phase from the palette, keeping the rest of its dossier", async () => {
		const { app, plugin } = await loadPlugin(exampleVaultFiles());
		const path = "Kunden/Landtechnik Huber.md";
		const before = app.vault.text(app.file(path));
		app.workspace.openNote(app.file(path));
		const command = plugin.commands.find((c) => c.id === "advance-phase") as unknown as { checkCallback(checking: boolean): boolean };
		expect(command.checkCallback(true)).toBe(true);
		command.checkCallback(false);
		(lastModal as Modal).contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await settle();
		const after = app.vault.text(app.file(path));
		expect(after).toContain("phase: Vertrauen");
		// BOM and CRLF of this note stay; only the phase line and the new history lines differ.
		expect(after.startsWith("\uFEFF")).toBe(true);
		expect(after.replace(/\r\n/g, "")).not.toContain("\n");
		const added = after.split("\r\n").filter((l) => !before.split("\r\n").includes(l));
		expect(added.length).toBeLessThanOrEqual(3);
	});
});
