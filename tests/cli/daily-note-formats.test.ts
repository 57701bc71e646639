import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DAILY_FORMATS } from "../core/markdown/daily-note-formats";
import { cli } from "./cli-process";
import { tempVault } from "./temp-vault";

const vault = tempVault;

const walk = (dir: string, prefix = ""): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.name.startsWith(".") ? [] : e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
	);

describe("the CLI reads and writes the user's daily notes in every format of the table", () => {
	it.each(DAILY_FORMATS.filter((f) => f.name))("$format ($lang): „$folder/$name.md“", ({ format, lang, folder, name }) => {
		const path = `${folder ? `${folder}/` : ""}${name}.md`;
		const config = (key: string) => JSON.stringify({ format, folder, ...(key === "periodic" ? { enabled: true } : {}) });
		// Every other row comes from Periodic Notes instead of the core plugin.
		const settings: Record<string, string> =
			name.length % 2 === 0
				? { ".obsidian/daily-notes.json": config("core") }
				: { ".obsidian/plugins/periodic-notes/data.json": `{"daily":${config("periodic")}}` };
		const root = vault({ ...settings, "Kunden/K.md": "---\nfirma: K\n---\n", [path]: "# Tag\n- [ ] [[K]] Herrn K anrufen\n" });
		const index = JSON.parse(cli("index", root, "--today", "2026-11-25", "--json").stdout) as { activities: Array<{ path: string; date: string }> };
		expect(index.activities).toMatchObject([{ path, date: "2026-11-23" }]);
		const insert = cli("review", root, "--insert", "--date", "2026-11-23", "--lang", lang);
		expect([insert.code, insert.stderr]).toEqual([0, ""]);
		expect(walk(root).filter((p) => p !== "Kunden/K.md")).toEqual([path]);
		expect(readFileSync(join(root, path), "utf8")).toMatch(/^# Tag\n- \[ \] \[\[K\]\] Herrn K anrufen\n\n%% kundendossier-review:start %%\n/);
	});
});
