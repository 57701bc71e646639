import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATAVIEW_DATE_FIELDS, TASKS_DATE_EMOJI } from "../../src/core/text/tasks-symbols";

/** The README's table of date fields, as field → [emoji, Dataview keys]. */
function readmeTable(): Map<string, [string[], string[]]> {
	const readme = readFileSync("README.md", "utf8");
	const start = readme.indexOf("| field | Tasks emoji | Dataview keys |");
	const rows = readme.slice(start).split("\n").slice(2);
	const table = new Map<string, [string[], string[]]>();
	for (const row of rows) {
		if (!row.startsWith("|")) break;
		const [field = "", emoji = "", keys = ""] = row
			.split("|")
			.slice(1)
			.map((cell) => cell.trim());
		const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");
		table.set(field, [codes(emoji), codes(keys)]);
	}
	return table;
}

describe("the README's table of date fields", () => {
	const table = readmeTable();
	const field = (name: string) => (name === "never the activity's date" ? "never" : name);

	it("lists every Tasks emoji of the code, and no other", () => {
		const written = [...table].flatMap(([name, [emoji]]) => emoji.map((e) => `${field(name)} ${e}`)).sort();
		const code = Object.entries(TASKS_DATE_EMOJI)
			.flatMap(([name, emoji]) => emoji.map((e) => `${name === "created" || name === "cancelled" ? "never" : name} ${e}`))
			.sort();
		expect(written).toEqual(code);
	});

	it("lists every Dataview key of the code, and no other", () => {
		const written = [...table].flatMap(([name, [, keys]]) => keys.map((k) => `${field(name)} ${k}`)).sort();
		const code = Object.entries(DATAVIEW_DATE_FIELDS)
			.map(([key, name]) => `${name} ${key}`)
			.sort();
		expect(written).toEqual(code);
	});
});
