import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// Every test runs in UTC so that date arithmetic cannot depend on the machine.
process.env.TZ = "UTC";

// Vite does not resolve chrono-node's wildcard subpath exports ("./*"); esbuild and Node do.
const chronoLocale = (lang: string) => fileURLToPath(new URL(`./node_modules/chrono-node/dist/esm/locales/${lang}/index.js`, import.meta.url));

export default defineConfig({
	resolve: {
		alias: [
			{ find: /^chrono-node\/de$/, replacement: chronoLocale("de") },
			{ find: /^chrono-node\/en$/, replacement: chronoLocale("en") },
			// The plugin layer runs against a small typed fake of the Obsidian API (types stay the real ones).
			{ find: /^obsidian$/, replacement: fileURLToPath(new URL("./tests/obsidian/fake/obsidian.ts", import.meta.url)) },
		],
	},
	test: {
		include: ["tests/**/*.test.ts"],
		// Browser tests run with `npm run e2e` (vitest.e2e.config.ts), not here.
		exclude: [...configDefaults.exclude, "tests/e2e/**"],
		globalSetup: ["tests/global-setup.ts"],
		// The machine's clock is pinned far from the example week: a test must pass its own day.
		setupFiles: ["tests/setup/pin-clock.ts"],
		// Speed is measured by `npm run bench`; a loaded machine must not turn a slow property run into a failure.
		testTimeout: 30_000,
		environment: "node",
		env: { TZ: "UTC" },
	},
});
