import { spawnSync } from "node:child_process";
import { percentile, time } from "./measure";

export interface ColdProcess {
	l0Ms: number;
	cliMs: number;
	ratio: number;
}

/** Runs one node process to its end; its output goes nowhere, as when piped to a file. */
function spawn(args: string[]): void {
	const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, TZ: "UTC" } });
	if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}: ${result.stderr.toString()}`);
}

/**
 * The CLI as a user meets it: `node dist/cli.js index <vault> --json`, a fresh process each round, against
 * L0 as a whole process (node started, every file read and split). The ratio is taken per round, then the
 * median, so a shared machine that slows down between rounds moves both sides alike. A first round fills
 * the file cache and is not counted; nothing else carries over between processes.
 */
export function coldProcess(dir: string, today: string, rounds = 7): ColdProcess {
	const round = () => ({
		l0: time(() => spawn([".bench/l0.mjs", dir])),
		cli: time(() => spawn(["dist/cli.js", "index", dir, "--today", today, "--json"])),
	});
	round();
	const samples = Array.from({ length: rounds }, round);
	const median = (values: number[]) => percentile(values, 50);
	return { l0Ms: median(samples.map((s) => s.l0)), cliMs: median(samples.map((s) => s.cli)), ratio: median(samples.map((s) => s.cli / s.l0)) };
}
