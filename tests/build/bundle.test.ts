import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";

const read = (file: string) => readFileSync(file, "utf8");
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

describe("plugin bundle", () => {
	let bundle = "";
	beforeAll(() => {
		execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "pipe" });
		bundle = read("main.js");
	}, 60_000);

	it("requires nothing but obsidian: no Node built-ins, so it runs on mobile", () => {
		const required = new Set([...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]));
		expect([...required]).toEqual(["obsidian"]);
		for (const name of builtinModules) expect(bundle).not.toMatch(new RegExp(`require\\(["'](node:)?${name}["']\\)`));
	});

	it("carries no YAML library: frontmatter goes through Obsidian's parseYaml (the bundle budget)", () => {
		expect(bundle).not.toContain("YAMLException");
		expect(bundle).toMatch(/\.parseYaml\b/);
	});

	it("carries no gray-matter, the CLI's frontmatter reader: it calls Node's Buffer, which mobile lacks", () => {
		expect(bundle).not.toContain("gray-matter");
		expect(bundle).not.toMatch(/\bBuffer\b/);
	});

	it("opens no connection and turns no text into HTML or code (RELIABILITY.md)", () => {
		for (const api of [
			"fetch(",
			"XMLHttpRequest",
			"WebSocket",
			"EventSource",
			"sendBeacon",
			"requestUrl",
			"innerHTML",
			"outerHTML",
			"insertAdjacentHTML",
			"eval(",
			"new Function",
		]) {
			expect(bundle, api).not.toContain(api);
		}
	});

	it("is minified (template literals keep their line breaks, so lines are long rather than few)", () => {
		expect(bundle.length / bundle.split("\n").length).toBeGreaterThan(1000);
	});
});

describe("release files", () => {
	it("agree on the version and the minimum app version", () => {
		const manifest = json("manifest.json");
		const pkg = json("package.json");
		const versions = json("versions.json");
		expect(manifest.version).toBe(pkg.version);
		expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
		expect(manifest).toMatchObject({ id: "kundendossier", isDesktopOnly: false });
	});

	it("style only with Obsidian's CSS variables", () => {
		const css = read("styles.css");
		// rgba(var(--color-red-rgb), 0.85) uses the theme's colour; a literal one would not follow the theme.
		const colours = css.match(/#[0-9a-f]{3,8}\b|(?:rgba?|hsla?)\(\s*\d|\b(?:white|black|red|blue|green|orange|gray|grey)\b\s*[;)]/gi) ?? [];
		expect(colours).toEqual([]);
	});
});

describe("the kundendossier command", () => {
	it("is package.json's bin: the built CLI bundle, which prepare builds and which runs as a file", () => {
		const pkg = json("package.json") as { bin?: Record<string, string>; scripts: Record<string, string> };
		const file = pkg.bin?.kundendossier;
		expect(file).toBe("dist/cli.js");
		expect(pkg.scripts.prepare).toContain("esbuild.config.mjs cli");
		execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { stdio: "pipe" });
		const help = execFileSync(`./${file as string}`, ["--help"], { encoding: "utf8" });
		expect(help).toMatch(/^Kundendossier/);
		expect(help).toContain("kundendossier review <vault>");
	}, 60_000);

	it("reads frontmatter with gray-matter and one js-yaml: gray-matter's js-yaml 3 is only a stand-in", () => {
		execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { stdio: "pipe" });
		const cli = read("dist/cli.js");
		expect(cli).toContain("gray-matter engine");
		expect(cli).not.toMatch(/function safeLoad\b/);
		expect(cli).toContain("gray-matter's YAML engine is replaced by ours");
	}, 60_000);

	it("comes with the MIT licence package.json names, and one author in package.json and manifest.json", () => {
		const pkg = json("package.json");
		expect(pkg.license).toBe("MIT");
		expect(read("LICENSE")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
		expect(pkg.author).toEqual(expect.any(String));
		expect(json("manifest.json").author).toBe(pkg.author);
	});
});
