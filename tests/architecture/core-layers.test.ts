import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The layers eslint enforces (eslint.config.mjs); this test keeps the list whole and proves the order holds.
const config = readFileSync("eslint.config.mjs", "utf8");
const LAYERS = [...(/const CORE_LAYERS = \[([^\]]*)\]/.exec(config)?.[1]?.matchAll(/"([^"]+)"/g) ?? [])].map((m) => m[1] ?? "");
const CORE = "src/core";

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
	});
}

/** Every import from one core folder into another, as [from folder, to folder, file]. */
function folderImports(): Array<[string, string, string]> {
	const found: Array<[string, string, string]> = [];
	for (const file of files(CORE)) {
		const from = relative(CORE, file).split("/");
		if (from.length < 2) continue;
		for (const m of readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"/g)) {
			const to = relative(CORE, normalize(join(dirname(file), m[1] ?? ""))).split("/");
			if (to.length >= 2 && to[0] !== ".." && to[0] !== from[0]) found.push([from[0] ?? "", to[0] ?? "", file]);
		}
	}
	return found;
}

describe("core's layers", () => {
	it("name every folder of core once", () => {
		const folders = readdirSync(CORE).filter((name) => statSync(join(CORE, name)).isDirectory());
		expect([...LAYERS].sort()).toEqual(folders.sort());
		expect(new Set(LAYERS).size).toBe(LAYERS.length);
	});

	it("hold: a folder imports only from folders below it, so no two folders import each other", () => {
		const upward = folderImports().filter(([from, to]) => LAYERS.indexOf(to) > LAYERS.indexOf(from));
		expect(upward).toEqual([]);
	});
});
