/** How the browser harness page's script is bundled: for the e2e tests' global setup and the bench's Chromium figures. */
export const HARNESS_BUILD = {
	entryPoints: ["tests/e2e/harness/shim/index.ts"],
	outfile: ".e2e/harness.js",
	bundle: true,
	format: "iife",
	platform: "browser",
	target: "es2021",
	logLevel: "warning",
};
