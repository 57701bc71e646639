// @vitest-environment happy-dom
import type { App } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import KundendossierPlugin from "../../src/obsidian/main";
import type { PluginContext } from "../../src/obsidian/plugin-context";
import { FakeApp } from "./fake/app";
import type { Events as FakeEvents } from "./fake/events";
import type { Plugin as FakePlugin } from "./fake/obsidian";
import { VAULT } from "./fixture-vault";
import { context, loadPlugin, nextUpdate, type LoadedPlugin } from "./harness";

/** A file explorer with a customer note and another note, opened as Obsidian does (a layout change). */
function openExplorer(app: FakeApp): HTMLElement {
	const explorer = document.createElement("div");
	explorer.createDiv({ cls: "nav-file-title", attr: { "data-path": "Kunden/Schulz Druck.md" } });
	explorer.createDiv({ cls: "nav-file-title", attr: { "data-path": "Notizen/Ideen.md" } });
	app.workspace.leaves.push({
		app,
		view: { containerEl: explorer, getViewType: () => "file-explorer" },
		openFile: async () => {},
		setViewState: async () => {},
	});
	app.workspace.trigger("layout-change");
	return explorer;
}

describe("plugin lifecycle", () => {
	it("only registers in onload; the index waits for the layout", async () => {
		const app = new FakeApp(VAULT);
		const plugin = new KundendossierPlugin(app as unknown as App, { id: "kundendossier", version: "0.1.0" } as never) as LoadedPlugin;
		await plugin.onload();
		expect(app.vault.reads).toBe(0);
		expect(plugin.commands.map((c) => c.id)).toEqual([
			"open-task-view",
			"open-dossier-view",
			"new-customer",
			"add-activity",
			"log-contact",
			"insert-daily-review",
			"advance-phase",
			"set-phase",
			"restart-relationship",
			"set-abc",
			"compute-abc",
			"lint-vault",
			"insert-dossier-block",
			"rebuild-index",
			"concretize-line",
			"pin-date-line",
			"pin-dates-note",
			"export-calendar",
			"export-table",
			"create-customers-base",
			"create-goals",
		]);
		expect(plugin.commands.every((c) => !("hotkeys" in c))).toBe(true);
		expect([...plugin.views.keys()]).toEqual(["kundendossier-dossier", "kundendossier-tasks"]);
		expect([...plugin.codeBlocks.keys()]).toEqual(["kundendossier", "kundenaufgaben", "kundenreview", "kundenuebersicht", "kundenziele"]);
		const updated = nextUpdate(plugin);
		app.workspace.layoutReady();
		await updated;
		expect(app.vault.reads).toBeGreaterThan(0);
		expect(plugin.statusBarItems[0]?.textContent).toBe("3 Kunden · 5 offen · 2 vage");
	});

	it("leaves no listener behind on unload", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		expect(app.metadataCache.listenerCount("changed")).toBe(1);
		plugin.unload();
		expect(app.metadataCache.listenerCount()).toBe(0);
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.workspace.listenerCount()).toBe(0);
		expect((context(plugin).index as unknown as FakeEvents).listenerCount()).toBe(0);
	});

	it("renders the code block for the note it stands in", async () => {
		const { plugin } = await loadPlugin(VAULT);
		const el = document.createElement("div");
		const children: Array<{ load(): void }> = [];
		plugin.codeBlocks.get("kundendossier")?.("", el, { sourcePath: "Kunden/Schulz Druck.md", addChild: (c: { load(): void }) => (children.push(c), c.load()) });
		expect(el.querySelector(".kundendossier-card-name")?.textContent).toBe("Schulz Druck");
		const other = document.createElement("div");
		plugin.codeBlocks.get("kundendossier")?.("", other, { sourcePath: "Notizen/Ideen.md", addChild: (c: { load(): void }) => c.load() });
		expect(other.textContent).toContain("kein Kundendossier");
	});

	it("follows the active note in the sidebar view", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		const leaf = app.workspace.getRightLeaf();
		await leaf.setViewState({ type: "kundendossier-dossier" });
		app.workspace.openNote(app.file("Kunden/Müller Maschinenbau.md"));
		expect(leaf.view.containerEl.querySelector(".kundendossier-card-name")?.textContent).toBe("Müller Maschinenbau GmbH");
		app.workspace.openNote(app.file("Kunden/Schulz Druck.md"));
		expect(leaf.view.containerEl.querySelector(".kundendossier-card-name")?.textContent).toBe("Schulz Druck");
		void plugin;
	});

	it("puts ABC tags beside customer notes in the file explorer, and removes them on unload", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		const explorer = openExplorer(app);
		expect([...explorer.querySelectorAll(".kundendossier-explorer-tag")].map((t) => t.textContent)).toEqual(["C"]);
		plugin.unload();
		expect(explorer.querySelectorAll(".kundendossier-explorer-tag")).toHaveLength(0);
	});

	it("touches only explorer rows whose class changed, and nothing when a layout change brings no new explorer", async () => {
		const { app, plugin } = await loadPlugin(VAULT);
		const explorer = openExplorer(app);
		const tag = explorer.querySelector(".kundendossier-explorer-tag");
		expect(tag?.textContent).toBe("C");
		const changes: MutationRecord[] = [];
		const watch = new MutationObserver((records) => changes.push(...records));
		watch.observe(explorer, { childList: true, subtree: true, characterData: true, attributes: true });
		// A view opens elsewhere: the explorer is the same, so its rows are left alone.
		app.workspace.trigger("layout-change");
		// The index is published again with the same classes: the tag stays the element it was.
		context(plugin).index.trigger("updated", context(plugin).index.current);
		changes.push(...watch.takeRecords());
		expect(changes).toEqual([]);
		expect(explorer.querySelector(".kundendossier-explorer-tag")).toBe(tag);
		watch.disconnect();
		// A tag that says another class is replaced; one beside a row that is no file any more goes.
		(tag as HTMLElement).setText("A");
		explorer.createDiv({ cls: "nav-folder-title" }).createSpan({ cls: "kundendossier-explorer-tag", text: "B" });
		context(plugin).index.trigger("updated", context(plugin).index.current);
		expect([...explorer.querySelectorAll(".kundendossier-explorer-tag")].map((t) => [t.parentElement?.getAttribute("data-path"), t.textContent])).toEqual([
			["Kunden/Schulz Druck.md", "C"],
		]);
	});

	it("re-reads the vault for settings the index uses, not for the template path typed key by key", async () => {
		const { plugin } = await loadPlugin(VAULT, { languageMode: "en" });
		const rebuild = vi.spyOn((plugin as unknown as { context: PluginContext }).context.index, "rebuild");
		const tab = (plugin as unknown as FakePlugin).settingTabs[0] as unknown as { display(): void; containerEl: HTMLElement };
		tab.display();
		const field = (name: string) =>
			[...tab.containerEl.querySelectorAll(".setting-item")]
				.find((el) => el.querySelector(".setting-item-name")?.textContent === name)
				?.querySelector("input, textarea") as HTMLInputElement;
		const settle = () => new Promise((r) => setTimeout(r, 700)); // past the 600 ms debounce
		for (const typed of ["V", "Vo", "Vorlagen/Kunde.md"]) {
			field("Template for new customers").value = typed;
			field("Template for new customers").dispatchEvent(new Event("input"));
			field("Template for new customers").dispatchEvent(new Event("change"));
		}
		await settle();
		expect(plugin.data).toMatchObject({ customerTemplate: "Vorlagen/Kunde.md" });
		expect(rebuild).not.toHaveBeenCalled();
		field("Customer folders").value = "Kunden\nArchiv";
		field("Customer folders").dispatchEvent(new Event("change"));
		await settle();
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it("round-trips its settings and keeps data.json readable by the CLI", async () => {
		const { plugin } = await loadPlugin(VAULT, { customerFolders: ["Vertrieb"], languageMode: "en", explorerTags: false });
		const tab = (plugin as unknown as FakePlugin).settingTabs[0] as unknown as { display(): void; containerEl: HTMLElement };
		tab.display();
		expect(tab.containerEl.textContent).toContain("Customer folders");
		const folders = tab.containerEl.querySelector("textarea") as HTMLTextAreaElement;
		folders.value = "Kunden\nArchiv/Kunden";
		folders.dispatchEvent(new Event("change"));
		await new Promise((r) => setTimeout(r, 0));
		expect(plugin.data).toMatchObject({ customerFolders: ["Kunden", "Archiv/Kunden"], languageMode: "en", language: "en", explorerTags: false });
	});
});
