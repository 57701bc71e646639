import { defineConfig } from "vitest/config";

// Browser tests: the built main.js in Chromium inside the harness page (tests/e2e). `npm run e2e`
// builds main.js first; `npm run screenshots` runs the screenshot script with the same setup.
process.env.TZ = "UTC";
const screenshots = process.env.KUNDENDOSSIER_SCREENSHOTS === "1";

export default defineConfig({
	test: {
		include: screenshots ? ["tests/e2e/**/*.screenshots.ts"] : ["tests/e2e/**/*.e2e.test.ts"],
		globalSetup: ["tests/e2e/support/build-harness.ts"],
		// The machine's clock is pinned far from the example week: a test must pass its own day.
		setupFiles: ["tests/setup/pin-clock.ts"],
		environment: "node",
		env: { TZ: "UTC" },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Each test starts its own Chromium; two at a time suit a 2-core machine.
		maxWorkers: 2,
		minWorkers: 1,
	},
});
