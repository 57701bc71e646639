// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { customersBase } from "../../src/core/bases/customers-base";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { notices } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { loadPlugin } from "./harness";

type Runnable = { id: string; callback: () => void };
const flush = async () => {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const run = (plugin: { commands: unknown[] }) => (plugin.commands as Runnable[]).find((c) => c.id === "create-customers-base")?.callback();

describe("Kundenbasis anlegen", () => {
	it("writes the base into the customer folder of the settings and opens it", async () => {
		const { app, plugin } = await loadPlugin(VAULT, { customerFolders: ["Vertrieb/Kunden"] });
		notices.length = 0;
		run(plugin);
		await flush();
		const path = "Vertrieb/Kunden/Kunden.base";
		expect(app.vault.folders).toEqual(new Set(["Vertrieb/Kunden"]));
		expect(app.vault.text(app.file(path))).toBe(customersBase({ ...DEFAULT_SETTINGS, customerFolders: ["Vertrieb/Kunden"] }));
		expect(notices).toEqual([`Angelegt: ${path}`]);
		expect(app.workspace.opened.map((o) => o.path)).toEqual([path]);
	});

	it("refuses with a notice when the base exists, and leaves it byte-identical", async () => {
		const own = "views:\n  - type: table\n    name: Meine\n";
		const { app, plugin } = await loadPlugin({ ...VAULT, "Kunden/Kunden.base": own });
		notices.length = 0;
		run(plugin);
		await flush();
		expect(app.vault.text(app.file("Kunden/Kunden.base"))).toBe(own);
		expect(notices).toEqual(["Kunden/Kunden.base gibt es schon; sie bleibt unverändert."]);
		expect(app.workspace.opened).toEqual([]);
	});
});
