// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { lastModal, MarkdownView, notices, type Modal } from "./fake/obsidian";
import type { FakeApp } from "./fake/app";
import { VAULT } from "./fixture-vault";
import { loadPlugin } from "./harness";
import { menuOf, openTaskView as openView } from "./task-view-harness";

const SCHULZ = "Kunden/Schulz Druck.md";
const MEETING = "Notizen/Besprechung.md";
// Written on some day before; read on Monday 2026-11-23, nothing anchors "morgen" or "in 2 Wochen".
const FILES = {
	...VAULT,
	[SCHULZ]:
		"---\r\ntyp: kunde\r\nabc: C\r\n---\r\n- [ ] morgen Herrn Schulz anrufen ^a1\r\n- in 2 Wochen Frau Porens die Muster zeigen\r\n- [ ] Auf Entscheidung warten\r\n",
	[MEETING]: "# Besprechung\n- [ ] Übermorgen [[Schulz Druck]] und [[Müller Maschinenbau]] das Angebot schicken\n",
};
const PINNED = FILES[SCHULZ].replace("morgen Herrn", "am 24. November Herrn").replace("in 2 Wochen Frau", "am 7. Dezember Frau");

const flush = async () => {
	for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

/** An editor over the note's text, counting what the plugin does through it. */
function openInEditor(app: FakeApp, path: string, cursorLine = 0) {
	let value = app.vault.text(app.file(path));
	const calls = {
		replaceRange: [] as string[],
		transaction: [] as Array<Array<{ from: { line: number; ch: number }; to: { line: number; ch: number }; text: string }>>,
	};
	// A line's content is replaced; its ending (CRLF or LF) stays.
	const replaceLine = (line: number, text: string) =>
		(value = value
			.split("\n")
			.map((l, i) => (i === line ? text + (l.endsWith("\r") ? "\r" : "") : l))
			.join("\n"));
	const editor = {
		getValue: () => value,
		getLine: (n: number) => value.split(/\r?\n/)[n] ?? "",
		getCursor: () => ({ line: cursorLine, ch: 0 }),
		replaceRange(text: string, from: { line: number }) {
			calls.replaceRange.push(text);
			replaceLine(from.line, text);
		},
		transaction(tx: { changes: Array<{ from: { line: number; ch: number }; to: { line: number; ch: number }; text: string }> }) {
			calls.transaction.push(tx.changes);
			for (const c of tx.changes) replaceLine(c.from.line, c.text);
		},
	};
	const view = Object.assign(new MarkdownView(), { file: app.file(path), editor, containerEl: document.createElement("div"), getViewType: () => "markdown" });
	app.workspace.leaves.push({ app, view: view as never, openFile: async () => {}, setViewState: async () => {} });
	return { editor, view, calls, value: () => value };
}

/** The task view over this file's vault. */
const openTaskView = (files: Record<string, string> = FILES) => openView(files);

/** Counts the writes to one note. */
function countWrites(app: FakeApp, path: string): () => number {
	let writes = 0;
	app.vault.on("modify", (file: { path: string }) => void (file.path === path && writes++));
	return () => writes;
}

describe("Datum festschreiben in the task view", () => {
	it("is offered on floating rows only, and writes the date into that one line", async () => {
		const { app, row } = await openTaskView();
		const pin = (text: string) =>
			menuOf(row(text))
				.titles()
				.filter((t) => t.startsWith("Datum festschreiben"));
		expect(pin("Konzept vorstellen")).toEqual([]);
		expect(pin("Auf Entscheidung warten")).toEqual([]);
		expect(pin("Frau Porens")).toEqual(["Datum festschreiben (07.12.2026)"]);
		const writes = countWrites(app, SCHULZ);
		menuOf(row("Frau Porens")).click("Datum festschreiben (07.12.2026)");
		await flush();
		expect(app.vault.text(app.file(SCHULZ))).toBe(FILES[SCHULZ].replace("in 2 Wochen Frau", "am 7. Dezember Frau"));
		expect(writes()).toBe(1);
	});

	it("refuses a line changed since it was read, with a notice", async () => {
		const { app, row } = await openTaskView();
		const file = app.file(SCHULZ);
		const edited = app.vault.text(file).replace("morgen Herrn Schulz", "morgen früh Herrn Schulz");
		app.vault.files.set(SCHULZ, { file, text: edited });
		notices.length = 0;
		menuOf(row("Herrn Schulz anrufen")).click("Datum festschreiben (24.11.2026)");
		await flush();
		expect(app.vault.text(file)).toBe(edited);
		expect(notices).toEqual(["Die Zeile wurde inzwischen geändert; nichts geschrieben. Bitte die Ansicht prüfen."]);
	});

	it("writes through the editor when the note is open", async () => {
		const { app, row } = await openTaskView();
		const { calls } = openInEditor(app, SCHULZ);
		menuOf(row("Herrn Schulz anrufen")).click("Datum festschreiben (24.11.2026)");
		await flush();
		expect(calls.replaceRange).toEqual(["- [ ] am 24. November Herrn Schulz anrufen ^a1"]);
		expect(app.vault.text(app.file(SCHULZ))).toBe(FILES[SCHULZ]);
	});

	it("the Konkretisieren modal pins a floating date in one write, and offers it only then", async () => {
		const { app, row } = await openTaskView();
		const pinButton = () => [...(lastModal as Modal).contentEl.querySelectorAll("button")].find((b) => b.textContent === "Datum festschreiben");
		menuOf(row("Auf Entscheidung warten")).click("Konkretisieren");
		expect(pinButton()).toBeUndefined();
		menuOf(row("Herrn Schulz anrufen")).click("Konkretisieren");
		expect((lastModal as Modal).contentEl.textContent).toContain("24.11.2026 in die Zeile schreiben");
		const writes = countWrites(app, SCHULZ);
		pinButton()?.click();
		await flush();
		expect(app.vault.text(app.file(SCHULZ))).toBe(FILES[SCHULZ].replace("morgen Herrn", "am 24. November Herrn"));
		expect(writes()).toBe(1);
	});
});

type EditorCheck = (checking: boolean, editor: unknown, view: unknown) => boolean;
type Check = (checking: boolean) => boolean;

describe("Datum festschreiben (Zeile)", () => {
	it("is offered only on an indexed floating line that still reads as indexed", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		const command = plugin.commands.find((c) => c.id === "pin-date-line") as unknown as { name: string; editorCheckCallback: EditorCheck };
		expect(command.name).toBe("Datum festschreiben (Zeile)");
		const at = (path: string, line: number) => {
			const { editor, view } = openInEditor(app, path, line);
			return command.editorCheckCallback(true, editor, view);
		};
		expect([at(SCHULZ, 4), at(SCHULZ, 5), at(MEETING, 1)]).toEqual([true, true, true]);
		expect([at(SCHULZ, 3), at(SCHULZ, 6), at("Kunden/Müller Maschinenbau.md", 25), at("Tagesnotizen/2026-11-20.md", 1)]).toEqual([false, false, false, false]);
		// The line was edited and the index has not read it again.
		const { editor, view } = openInEditor(app, SCHULZ, 4);
		const changed = { ...editor, getLine: (n: number) => (n === 4 ? "- [ ] morgen früh anrufen" : editor.getLine(n)) };
		expect(command.editorCheckCallback(true, changed, view)).toBe(false);
	});

	it("writes the cursor line through the editor, one change", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		const command = plugin.commands.find((c) => c.id === "pin-date-line") as unknown as { editorCheckCallback: EditorCheck };
		const { editor, view, calls, value } = openInEditor(app, SCHULZ, 5);
		command.editorCheckCallback(false, editor, view);
		await flush();
		expect(calls.replaceRange).toEqual(["- am 7. Dezember Frau Porens die Muster zeigen"]);
		expect(value()).toBe(FILES[SCHULZ].replace("in 2 Wochen Frau", "am 7. Dezember Frau"));
		expect(app.vault.text(app.file(SCHULZ))).toBe(FILES[SCHULZ]);
	});
});

describe("Alle schwebenden Daten dieser Notiz festschreiben", () => {
	const command = (plugin: { commands: Array<{ id: string }> }) =>
		plugin.commands.find((c) => c.id === "pin-dates-note") as unknown as { name: string; checkCallback: Check };

	it("is offered only in a note with floating dates", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		expect(command(plugin).name).toBe("Alle schwebenden Daten dieser Notiz festschreiben");
		expect(command(plugin).checkCallback(true)).toBe(false);
		app.workspace.openNote(app.file("Kunden/Müller Maschinenbau.md"));
		expect(command(plugin).checkCallback(true)).toBe(false);
		app.workspace.openNote(app.file(SCHULZ));
		expect(command(plugin).checkCallback(true)).toBe(true);
	});

	it("writes every floating date of the note in one write and says how many", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		app.workspace.openNote(app.file(SCHULZ));
		const writes = countWrites(app, SCHULZ);
		notices.length = 0;
		command(plugin).checkCallback(false);
		await flush();
		expect(app.vault.text(app.file(SCHULZ))).toBe(PINNED);
		expect(writes()).toBe(1);
		expect(notices).toEqual(["2 Daten festgeschrieben"]);
	});

	it("writes a line of several customers once", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		app.workspace.openNote(app.file(MEETING));
		notices.length = 0;
		command(plugin).checkCallback(false);
		await flush();
		expect(app.vault.text(app.file(MEETING))).toBe(FILES[MEETING].replace("Übermorgen", "Am 25. November"));
		expect(notices).toEqual(["1 Datum festgeschrieben"]);
	});

	it("refuses the whole write when a line changed, and says how many", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		app.workspace.openNote(app.file(SCHULZ));
		const file = app.file(SCHULZ);
		const edited = FILES[SCHULZ].replace("in 2 Wochen Frau Porens", "in 3 Wochen Frau Porens");
		app.vault.files.set(SCHULZ, { file, text: edited });
		const writes = countWrites(app, SCHULZ);
		notices.length = 0;
		command(plugin).checkCallback(false);
		await flush();
		expect(app.vault.text(file)).toBe(edited);
		expect(writes()).toBe(0);
		expect(notices).toEqual(["1 Zeile wurde inzwischen geändert; nichts geschrieben. Bitte die Notiz prüfen."]);
	});

	it("uses one editor transaction when the note is open", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		app.workspace.openNote(app.file(SCHULZ));
		const { calls, value } = openInEditor(app, SCHULZ);
		command(plugin).checkCallback(false);
		await flush();
		expect(calls.replaceRange).toEqual([]);
		expect(calls.transaction).toHaveLength(1);
		expect(calls.transaction[0]?.map((c) => [c.from, c.to, c.text])).toEqual([
			[{ line: 4, ch: 0 }, { line: 4, ch: "- [ ] morgen Herrn Schulz anrufen ^a1".length }, "- [ ] am 24. November Herrn Schulz anrufen ^a1"],
			[{ line: 5, ch: 0 }, { line: 5, ch: "- in 2 Wochen Frau Porens die Muster zeigen".length }, "- am 7. Dezember Frau Porens die Muster zeigen"],
		]);
		expect(value()).toBe(PINNED);
		expect(app.vault.text(app.file(SCHULZ))).toBe(FILES[SCHULZ]);
	});

	it("refuses in the open editor too when a line changed there", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		app.workspace.openNote(app.file(SCHULZ));
		const { editor, calls } = openInEditor(app, SCHULZ);
		editor.replaceRange("- [ ] morgen früh Herrn Schulz anrufen ^a1", { line: 4 });
		calls.replaceRange.length = 0;
		notices.length = 0;
		command(plugin).checkCallback(false);
		await flush();
		expect(calls.transaction).toEqual([]);
		expect(notices).toEqual(["1 Zeile wurde inzwischen geändert; nichts geschrieben. Bitte die Notiz prüfen."]);
	});
});

describe("Konkretisieren (Zeile)", () => {
	it("is offered only on an open indexed line", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		const command = plugin.commands.find((c) => c.id === "concretize-line") as unknown as { name: string; editorCheckCallback: EditorCheck };
		expect(command.name).toBe("Konkretisieren (Zeile)");
		const at = (line: number) => {
			const { editor, view } = openInEditor(app, SCHULZ, line);
			return command.editorCheckCallback(true, editor, view);
		};
		expect([at(4), at(6), at(3), at(0)]).toEqual([true, true, false, false]);
	});

	it("writes the form's text into the cursor line through the editor", async () => {
		const { app, plugin } = await loadPlugin(FILES);
		const command = plugin.commands.find((c) => c.id === "concretize-line") as unknown as { editorCheckCallback: EditorCheck };
		const { editor, view, value } = openInEditor(app, SCHULZ, 6);
		command.editorCheckCallback(false, editor, view);
		const modal = lastModal as Modal;
		const [text, date] = [...modal.contentEl.querySelectorAll<HTMLInputElement>("textarea, input")];
		if (!text || !date) throw new Error("field missing");
		text.value = "Herrn Schulz wegen der Entscheidung anrufen";
		text.dispatchEvent(new Event("change"));
		date.value = "3.12.";
		date.dispatchEvent(new Event("change"));
		modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		expect(value()).toBe(FILES[SCHULZ].replace("Auf Entscheidung warten", "Herrn Schulz wegen der Entscheidung anrufen 📅 2026-12-03"));
	});
});
