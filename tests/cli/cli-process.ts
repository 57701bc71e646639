import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

const PIN_CLOCK = fileURLToPath(new URL("../setup/pin-clock-process.cjs", import.meta.url));

/** The environment of a CLI process under test: UTC, and the machine's clock pinned as in the tests. */
export function cliEnv(): typeof process.env {
	return { ...process.env, TZ: "UTC", NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(PIN_CLOCK)}`.trim() };
}

/** Runs the built CLI (`dist/cli.js`) as a separate process, exactly as `npm run cli` does. */
export function cli(...args: string[]): CliResult {
	const result = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8", env: cliEnv() });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
