// @vitest-environment happy-dom
import ICAL from "ical.js";
import { describe, expect, it, vi } from "vitest";
import { toCsv } from "../../src/core/export/to-csv";
import { notices } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { loadPlugin } from "./harness";

type Runnable = { id: string; name: string; callback: () => void };
const flush = async () => {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const command = (plugin: { commands: unknown[] }, id: string) => (plugin.commands as Runnable[]).find((c) => c.id === id) as Runnable;

describe("export commands", () => {
	it("write the calendar into Kundendossier/Export, create the folder, and say where", async () => {
		const { app, plugin, index } = await loadPlugin(VAULT, null, undefined, (a) => (a.vault.name = "Vertrieb & Co"));
		notices.length = 0;
		command(plugin, "export-calendar").callback();
		await flush();
		const path = "Kundendossier/Export/aufgaben.ics";
		expect(app.vault.folders).toEqual(new Set(["Kundendossier/Export"]));
		expect(notices).toEqual([`Exportiert: ${path}`]);
		const ics = app.vault.text(app.file(path));
		const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
		const expected = index().activities.filter((a) => a.status === "open" && a.date !== null && !a.floating);
		expect(events.length).toBe(expected.length);
		expect(events.map((e) => e.summary)).toContain("Müller Maschinenbau GmbH: Frau Gerens das Konzept vorstellen");
		expect(ics).toContain("URL:obsidian://open?vault=Vertrieb%20%26%20Co&file=");
	});

	it("replace the previous export with one write and add no second file", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		const run = command(plugin, "export-table");
		run.callback();
		await flush();
		const files = app.vault.files.size;
		const create = vi.spyOn(app.vault, "create");
		const modify = vi.spyOn(app.vault, "modify");
		run.callback();
		await flush();
		expect([create.mock.calls.length, modify.mock.calls.length, app.vault.files.size]).toEqual([0, 1, files]);
	});

	it("write the dossier table as CSV with BOM, as the core makes it from the index", async () => {
		const { app, plugin, index } = await loadPlugin(VAULT);
		command(plugin, "export-table").callback();
		await flush();
		const csv = app.vault.text(app.file("Kundendossier/Export/kunden.csv"));
		expect(csv.startsWith("\uFEFFpath,name,")).toBe(true);
		expect(csv).toBe(toCsv(index()));
		expect(csv).toContain("\r\nKunden/Müller Maschinenbau.md,Müller Maschinenbau GmbH,Stammkunde,B,");
	});

	it("have English names and notices", async () => {
		const { plugin } = await loadPlugin(VAULT, { languageMode: "en" });
		expect([command(plugin, "export-calendar").name, command(plugin, "export-table").name]).toEqual([
			"Export tasks as calendar (ICS)",
			"Export customer dossiers as table (CSV)",
		]);
		notices.length = 0;
		command(plugin, "export-table").callback();
		await flush();
		expect(notices).toEqual(["Exported: Kundendossier/Export/kunden.csv"]);
	});

	it("say so in a notice when the file cannot be written", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		vi.spyOn(app.vault, "create").mockRejectedValue(new Error("Datenträger voll"));
		notices.length = 0;
		command(plugin, "export-calendar").callback();
		await flush();
		expect(notices).toEqual(["Kundendossier/Export/aufgaben.ics konnte nicht geschrieben werden: Datenträger voll"]);
	});
});
