import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cliEnv } from "../../cli/cli-process";

export interface CliActivity {
	path: string;
	line: number;
	status: "open" | "done" | "cancelled";
	date: string | null;
	vague: boolean;
	reasons: string[];
	text: string;
}

/** The CLI's reading of the example vault (dist/cli.js, built by `npm run e2e`): the plugin in the browser must agree. */
export function cliIndex(): { today: string; activities: CliActivity[] } {
	const json = execFileSync(process.execPath, ["dist/cli.js", "index", "examples/vault", "--today", "2026-11-23", "--json"], {
		encoding: "utf8",
		env: cliEnv(),
	});
	return JSON.parse(json) as { today: string; activities: CliActivity[] };
}

/** A note of the example vault as it is on disk, split into lines. */
export function vaultLines(path: string): string[] {
	return readFileSync(`examples/vault/${path}`, "utf8").split("\n");
}
