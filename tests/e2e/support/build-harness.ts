import { existsSync, statSync } from "node:fs";
import esbuild from "esbuild";
import { HARNESS_BUILD } from "./harness-build.mjs";

/** vitest globalSetup: bundles the harness page's script; main.js must be built already (npm run e2e does). */
export default async function setup(): Promise<void> {
	if (!existsSync("main.js") || statSync("main.js").mtimeMs < statSync("src/obsidian/main.ts").mtimeMs) {
		throw new Error("main.js is missing or older than src/obsidian/main.ts: run `npm run e2e`, which builds it first.");
	}
	await esbuild.build(HARNESS_BUILD);
}
