// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { FakeApp } from "./fake/app";
import type { TFile } from "./fake/files";
import { VAULT } from "./fixture-vault";
import { context, loadPlugin, nextUpdate } from "./harness";

/** Makes reading `paths` fail as `failure` does, the rest of the vault reads as usual. */
function failReading(app: FakeApp, failure: (path: string) => Error, ...paths: string[]): void {
	const read = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = async (file: TFile) => (paths.includes(file.path) ? Promise.reject(failure(file.path)) : read(file));
}

describe("one note that fails does not stop the index", () => {
	const files = { ...VAULT, "Kunden/Gesperrt.md": "---\nfirma: Gesperrt\n---\n", "Kunden/Defekt.md": "---\nfirma: Defekt\n---\n" };

	it("lists the note as unreadable, builds the rest and leaves the status bar on the counts", async () => {
		const { plugin, index } = await loadPlugin(files, null, undefined, (app) => {
			failReading(app, (path) => Object.assign(new Error(`EACCES: ${path}`), { code: "EACCES" }), "Kunden/Gesperrt.md");
			failReading(app, () => new TypeError("cannot read properties of undefined"), "Kunden/Defekt.md");
		});
		expect(index().errors.filter((e) => e.path !== "Kunden/Kaputt.md")).toEqual([
			{ path: "Kunden/Defekt.md", message: "Notiz konnte nicht gelesen werden: unerwarteter Fehler beim Lesen", leftOut: true },
			{ path: "Kunden/Gesperrt.md", message: "Notiz konnte nicht gelesen werden: keine Leserechte", leftOut: true },
		]);
		expect(index().customers.map((c) => c.path)).toEqual(["Kunden/Kaputt.md", "Kunden/Müller Maschinenbau.md", "Kunden/Schulz Druck.md"]);
		expect(plugin.statusBarItems[0]?.textContent).toBe("3 Kunden · 5 offen · 2 vage");
	});

	it("a note that fails on change is listed too, and becomes readable again when it reads", async () => {
		const { app, plugin, index } = await loadPlugin(VAULT);
		const file = app.vault.getMarkdownFiles().find((f) => f.path === "Kunden/Schulz Druck.md");
		const read = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = async (f: TFile) => (f === file ? Promise.reject(new Error("gone")) : read(f));
		let updated = nextUpdate(plugin);
		await context(plugin).index.noteChanged(file as never);
		await updated;
		expect(index().errors).toContainEqual({
			path: "Kunden/Schulz Druck.md",
			message: "Notiz konnte nicht gelesen werden: unerwarteter Fehler beim Lesen",
			leftOut: true,
		});
		app.vault.cachedRead = read;
		updated = nextUpdate(plugin);
		await context(plugin).index.noteChanged(file as never);
		await updated;
		expect(index().errors.map((e) => e.path)).not.toContain("Kunden/Schulz Druck.md");
		expect(index().customers.map((c) => c.path)).toContain("Kunden/Schulz Druck.md");
	});
});
