// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { exampleVaultFiles } from "./example-vault";
import { loadPlugin } from "./harness";

/** The first `dataviewjs` block of the README's Script API section, as a reader would copy it. */
function readmeExample(): string {
	const readme = readFileSync("README.md", "utf8");
	const section = readme.slice(readme.indexOf("\n### Script API\n"));
	const block = /\n```dataviewjs\n([\s\S]*?)\n```\n/.exec(section);
	if (!section || !block?.[1]) throw new Error("README: no dataviewjs block under ### Script API");
	return block[1];
}

describe("README script API example", () => {
	it("runs against the plugin on the example vault and tables the overdue activities", async () => {
		const { plugin } = await loadPlugin(exampleVaultFiles(), { dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false });
		const tables: Array<{ headers: string[]; rows: unknown[][] }> = [];
		const dv = {
			table: (headers: string[], rows: unknown[][]) => void tables.push({ headers, rows }),
			fileLink: (path: string) => `[[${path}]]`,
		};
		const app = { plugins: { plugins: { kundendossier: plugin } } };
		// DataviewJS gives the code `app` and `dv` as globals; nothing else.
		runInNewContext(readmeExample(), { app, dv });
		expect(tables).toHaveLength(1);
		expect(tables[0]?.headers).toEqual(["Fällig seit", "Kunde", "Aktivität"]);
		expect(tables[0]?.rows).toHaveLength(8);
		expect(tables[0]?.rows[0]).toEqual(["2026-11-16", "[[Kunden/Steuerkanzlei Meier.md]]", "Meier & Partner: Bitte um Rückruf bei Frau Busch"]);
		expect(tables[0]?.rows.map((r) => r[0])).toEqual(plugin.api.review().overdue.map((a) => a.dateEnd ?? a.date));
	});
});
