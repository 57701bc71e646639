// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DAILY_FORMATS } from "../core/markdown/daily-note-formats";
import { loadPlugin } from "./harness";

type Runnable = { callback: () => void };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe("the plugin reads and writes the user's daily notes in every format of the table", () => {
	it.each(DAILY_FORMATS.filter((f) => f.name))("$format ($lang): „$folder/$name.md“", async ({ format, lang, folder, name }) => {
		const path = `${folder ? `${folder}/` : ""}${name}.md`;
		const files = { "Kunden/K.md": "---\nfirma: K\n---\n", [path]: "# Tag\n- [ ] [[K]] Herrn K anrufen\n" };
		const { app, plugin, index } = await loadPlugin(files, { languageMode: lang }, "2026-11-23", (fake) => {
			// Every other row comes from Periodic Notes instead of the core plugin, as in the CLI's table test.
			if (name.length % 2 === 0) fake.internal["daily-notes"] = { enabled: true, instance: { options: { format, folder } } };
			else fake.plugins.plugins["periodic-notes"] = { settings: { daily: { enabled: true, format, folder } } };
		});
		expect(index().activities).toMatchObject([{ path, date: "2026-11-23" }]);
		(plugin.commands.find((c) => c.id === "insert-daily-review") as unknown as Runnable).callback();
		await flush();
		await flush();
		expect([...app.vault.files.keys()].sort()).toEqual(["Kunden/K.md", path].sort());
		expect(app.vault.text(app.file(path))).toMatch(/^# Tag\n- \[ \] \[\[K\]\] Herrn K anrufen\n\n%% kundendossier-review:start %%\n/);
	});
});
