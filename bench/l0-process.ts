import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** L0 as a whole process (`node .bench/l0.mjs <vault>`): start node, read every file, split it into lines, exit. */
function walk(dir: string): void {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		if (e.name.startsWith(".")) continue;
		const full = join(dir, e.name);
		if (e.isDirectory()) walk(full);
		else readFileSync(full, "utf8").split(/\r?\n/);
	}
}

walk(process.argv[2] ?? ".");
