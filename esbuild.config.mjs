// Builds the CLI bundle (dist/cli.js, run by `npm run cli`) and the plugin bundle (main.js).
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { HARNESS_BUILD as harness } from "./tests/e2e/support/harness-build.mjs";

const mode = process.argv[2] ?? "production";

/**
 * js-yaml in the CLI bundle: our engine (src/core/frontmatter) needs only js-yaml 4's loader, not its
 * dumper, so "js-yaml" is the loader and the four scalar types, taken from the package's own files.
 * The plugin bundle has no YAML library at all: it reads YAML with Obsidian's parseYaml.
 * gray-matter (CLI only) requires js-yaml 3 for a default engine the CLI replaces with ours; it binds
 * safeLoad and safeDump when loaded, so it gets stand-ins that throw if ever called, not js-yaml 3.
 */
const yamlLib = (file) => JSON.stringify(fileURLToPath(new URL(`./node_modules/js-yaml/lib/${file}`, import.meta.url)));
const YAML_LOADER = `
const loader = require(${yamlLib("loader.js")});
module.exports = {
	load: loader.load,
	Type: require(${yamlLib("type.js")}),
	YAMLException: require(${yamlLib("exception.js")}),
	FAILSAFE_SCHEMA: require(${yamlLib("schema/failsafe.js")}),
	types: { null: require(${yamlLib("type/null.js")}), bool: require(${yamlLib("type/bool.js")}), int: require(${yamlLib("type/int.js")}), float: require(${yamlLib("type/float.js")}) },
};`;
const YAML_UNUSED = `const unused = () => { throw new Error("gray-matter's YAML engine is replaced by ours"); };
module.exports = { safeLoad: unused, safeDump: unused };`;
const inGrayMatter = (importer) => /[\\/]node_modules[\\/]gray-matter[\\/]/.test(importer);
const yamlLoaderOnly = {
	name: "js-yaml-loader-only",
	setup(build) {
		build.onResolve({ filter: /^js-yaml$/ }, (args) => ({ path: inGrayMatter(args.importer) ? "unused" : "loader", namespace: "js-yaml" }));
		build.onLoad({ filter: /.*/, namespace: "js-yaml" }, (args) => ({
			contents: args.path === "loader" ? YAML_LOADER : YAML_UNUSED,
			loader: "js",
			resolveDir: process.cwd(),
		}));
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
	// Half the bytes for node to parse on every call: start-up counts in each run of the CLI (about 30 ms less here).
	minify: true,
	logLevel: "warning",
	// The shebang lets package.json's `bin` run the bundle as the `kundendossier` command.
	banner: { js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
	plugins: [yamlLoaderOnly],
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
	plugins: [yamlLoaderOnly],
	logLevel: "info",
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
};

/** The benchmark: core and plugin against the Obsidian test fake, run by plain node (no TS loader). */
const bench = {
	...cli,
	entryPoints: ["bench/main.ts"],
	outfile: ".bench/bench.mjs",
	alias: { obsidian: "./tests/obsidian/fake/obsidian.ts" },
	external: ["playwright-core"],
	// Readable in a profile; it measures the code, not its start-up.
	minify: false,
};
/** L0 as a whole process, for the bench's cold-process ratio. */
const l0 = { ...cli, entryPoints: ["bench/l0-process.ts"], outfile: ".bench/l0.mjs", banner: {}, plugins: [], minify: false };

const { chmodSync, existsSync } = await import("node:fs");
/** The CLI bundle, executable so that it also runs as a file, not only through node or npx. */
const buildCli = async () => {
	await esbuild.build(cli);
	chmodSync(cli.outfile, 0o755);
};
if (mode === "cli") {
	await buildCli();
} else if (mode === "bench") {
	await esbuild.build(cli);
	await esbuild.build(plugin);
	await esbuild.build(bench);
	await esbuild.build(l0);
	await esbuild.build(harness);
} else if (mode === "dev") {
	const ctx = await esbuild.context(plugin);
	await ctx.watch();
} else {
	await buildCli();
	if (existsSync(pluginEntry)) await esbuild.build(plugin);
}
