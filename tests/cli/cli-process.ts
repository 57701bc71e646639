import { spawnSync } from "node:child_process";

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the built CLI (`dist/cli.js`) as a separate process, exactly as `npm run cli` does. */
export function cli(...args: string[]): CliResult {
	const result = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
