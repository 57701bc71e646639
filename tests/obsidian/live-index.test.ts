// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/core/index/build-index";
import { toContractJson } from "../../src/core/index/contract-json";
import { withDefaults } from "../../src/core/settings/settings";
import { exampleVaultFiles } from "./example-vault";
import { VAULT } from "./fixture-vault";
import { context, loadPlugin, nextUpdate, TODAY } from "./harness";

const cliIndex = (files: Record<string, string>) =>
	toContractJson(
		buildIndex(
			Object.entries(files).map(([path, text]) => ({ path, text })),
			withDefaults(),
			TODAY,
		),
	);

describe("live index", () => {
	it("gives the same index from the metadata cache as the CLI from plain text", async () => {
		const { index } = await loadPlugin(VAULT);
		expect(toContractJson(index())).toEqual(cliIndex(VAULT));
		expect(index().customers.map((c) => c.path)).toEqual(["Kunden/Kaputt.md", "Kunden/Müller Maschinenbau.md", "Kunden/Schulz Druck.md"]);
	});

	it("reads logs, nesting, headings, kunde properties and person notes from the metadata cache as the CLI does from text", async () => {
		const files = {
			...VAULT,
			"Tagesnotizen/2026-11-23.md":
				"- [[Müller Maschinenbau]]\n  - [ ] Angebot nachreichen 📅 2026-11-26\n    - Preise prüfen\n- 10:00 [[Schulz Druck]] Besuch\n\nNotiz\n  - [ ] ohne Kunde\n",
			"Meetings/Jour fixe.md": '---\nkunde: "[[Schulz Druck]]"\ndatum: 2026-11-20\n---\n## Offen\n- [ ] Muster schicken 📅 2026-11-30\n- Preise besprochen\n',
			"Personen/Anna Gerens.md": '---\nfirma: "[[Müller Maschinenbau]]"\n---\n- [ ] Blumen zum Geburtstag 📅 2026-11-25\n',
			"Notizen/Woche.md": "## [[Schulz Druck]]\n- [ ] Farbprofil klären 📅 2026-11-27\n- [ ] [[Anna Gerens]] anrufen 📅 2026-11-24\n",
		};
		const { index } = await loadPlugin(files);
		const expected = cliIndex(files) as { activities: unknown[] };
		expect(toContractJson(index())).toEqual(expected);
		expect(expected.activities.length).toBeGreaterThan(8);
	});

	it("skips the template folders that core Templates and Templater name, else Vorlagen and Templates", async () => {
		const template = '---\ntyp: kunde\nfirma: "{{title}}"\n---\n- [ ] Erstkontakt\n';
		const files = { ...VAULT, "Meta/Vorlagen/Kunde.md": template, "Meta/Templater/Kunde.md": template, "Vorlagen/Kunde.md": template };
		const { index } = await loadPlugin(files, null, TODAY, (app) => {
			app.internal.templates = { enabled: true, instance: { options: { folder: "Meta/Vorlagen" } } };
			app.plugins.plugins["templater-obsidian"] = { settings: { templates_folder: "Meta/Templater" } };
		});
		expect(
			index()
				.customers.map((c) => c.path)
				.filter((p) => p.includes("Kunde.md")),
		).toEqual(["Vorlagen/Kunde.md"]);
		const plain = await loadPlugin(files);
		expect(
			plain
				.index()
				.customers.map((c) => c.path)
				.filter((p) => p.includes("Kunde.md")),
		).toEqual(["Meta/Templater/Kunde.md", "Meta/Vorlagen/Kunde.md"]);
	});

	it("never reads notes that cannot matter (no customer, no links)", async () => {
		const { app } = await loadPlugin({ ...VAULT, "Notizen/Einkauf.md": "- Milch\n", "Notizen/Rezept.md": "# Suppe\n" });
		expect(app.vault.reads).toBe(Object.keys(VAULT).length - 1); // Ideen.md has no links either
	});

	it("updates one note on change", async () => {
		const { app, plugin, index } = await loadPlugin(VAULT);
		const next = nextUpdate(plugin);
		await app.vault.process(app.file("Kunden/Schulz Druck.md"), (t) => t.replace("abc: C", "abc: A"));
		await next;
		expect(index().customers.find((c) => c.path === "Kunden/Schulz Druck.md")?.abc).toBe("A");
		expect(toContractJson(index())).toEqual(cliIndex(Object.fromEntries([...app.vault.files].map(([p, f]) => [p, f.text]))));
	});

	it("follows renames, including linked activities in other notes", async () => {
		const { app, plugin, index } = await loadPlugin(VAULT);
		let next = nextUpdate(plugin);
		await app.vault.rename(app.file("Kunden/Schulz Druck.md"), "Kunden/Archiv/Schulz Druck.md");
		await next;
		expect(index().customers.map((c) => c.path)).toContain("Kunden/Archiv/Schulz Druck.md");
		expect(
			index()
				.activities.filter((a) => a.path.startsWith("Tagesnotizen"))
				.map((a) => a.customer),
		).toContain("Kunden/Archiv/Schulz Druck.md");
		// Out of the customer folder, `typ: kunde` still makes it a customer.
		next = nextUpdate(plugin);
		await app.vault.rename(app.file("Kunden/Archiv/Schulz Druck.md"), "Archiv/Schulz Druck.md");
		await next;
		expect(index().customers.map((c) => c.path)).toContain("Archiv/Schulz Druck.md");
		// Without a marker, leaving the folder ends being a customer.
		await app.vault.create("Kunden/Ohne Marker.md", "- [ ] Frau Gerens anrufen 📅 2026-11-30\n");
		next = nextUpdate(plugin);
		await app.vault.rename(app.file("Kunden/Ohne Marker.md"), "Notizen/Ohne Marker.md");
		await next;
		expect(index().customers.map((c) => c.path)).not.toContain("Notizen/Ohne Marker.md");
	});

	it("keeps a change that arrives while a rebuild is running", async () => {
		const { app, plugin, index } = await loadPlugin(VAULT);
		const rebuilt = nextUpdate(plugin);
		void context(plugin).index.rebuild();
		await app.vault.process(app.file("Kunden/Schulz Druck.md"), (t) => t.replace("abc: C", "abc: A"));
		await rebuilt;
		expect(index().customers.find((c) => c.path === "Kunden/Schulz Druck.md")?.abc).toBe("A");
	});

	it("drops deleted notes", async () => {
		const { app, plugin, index } = await loadPlugin(VAULT);
		const next = nextUpdate(plugin);
		await app.vault.delete(app.file("Kunden/Kaputt.md"));
		await next;
		expect(index().customers.map((c) => c.path)).not.toContain("Kunden/Kaputt.md");
	});
});

describe("live index on the example vault", () => {
	it("matches the CLI's index note for note", async () => {
		const files = exampleVaultFiles();
		const { index } = await loadPlugin(files);
		expect(index().customers.length).toBe(17);
		expect(toContractJson(index())).toEqual(cliIndex(files));
	});
});
