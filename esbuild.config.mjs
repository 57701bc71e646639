// Builds the CLI bundle (dist/cli.js, run by `npm run cli`) and the plugin bundle (main.js).
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const mode = process.argv[2] ?? "production";


/** gray-matter requires `fs` only for `matter.read(file)`, which the plugin never calls; mobile has no `fs`. */
const noNodeFs = {
	name: "no-node-fs",
	setup(build) {
		build.onResolve({ filter: /^(node:)?fs$/ }, () => ({ path: "fs", namespace: "empty" }));
		build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "module.exports = {};", loader: "js" }));
	},
};

/**
 * gray-matter bundles js-yaml 3 for its default engine, which we replace (src/core/frontmatter); one
 * js-yaml (ours, 4) serves both. gray-matter only binds js-yaml 3's functions at load, never calls them.
 */
const oneYaml = {
	name: "one-js-yaml",
	setup(build) {
		build.onResolve({ filter: /^js-yaml$/ }, (args) =>
			args.importer.includes("gray-matter") ? build.resolve("js-yaml", { resolveDir: process.cwd(), kind: "import-statement" }) : undefined,
		);
	},
};

const cli = {
	entryPoints: ["src/cli/main.ts"],
	outfile: "dist/cli.js",
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	sourcemap: false,
	logLevel: "warning",
	banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
	plugins: [oneYaml],
};

const pluginEntry = "src/obsidian/main.ts";
const plugin = {
	entryPoints: [pluginEntry],
	outfile: "main.js",
	bundle: true,
	platform: "browser",
	format: "cjs",
	target: "es2021",
	minify: mode !== "dev",
	sourcemap: mode === "dev" ? "inline" : false,
	treeShaking: true,
	plugins: [noNodeFs, oneYaml],
	logLevel: "info",
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
};

/** The benchmark: core and plugin against the Obsidian test fake, run by plain node (no TS loader). */
const bench = {
	...cli,
	entryPoints: ["bench/main.ts"],
	outfile: ".bench/bench.mjs",
	alias: { obsidian: "./tests/obsidian/fake/obsidian.ts" },
};

const { existsSync } = await import("node:fs");
if (mode === "cli") {
	await esbuild.build(cli);
} else if (mode === "bench") {
	await esbuild.build(plugin);
	await esbuild.build(bench);
} else if (mode === "dev") {
	const ctx = await esbuild.context(plugin);
	await ctx.watch();
} else {
	await esbuild.build(cli);
	if (existsSync(pluginEntry)) await esbuild.build(plugin);
}
