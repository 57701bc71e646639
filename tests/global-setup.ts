import { execFileSync } from "node:child_process";

// The CLI tests run the real bundle, as users do; build it once, even when `prepare` did not run.
export default function setup(): void {
	execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { stdio: "inherit" });
}
