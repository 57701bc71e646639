import { readdirSync, readFileSync } from "node:fs";

/** The example vault's notes as { path: text }, as Obsidian would load them (its README is left out). */
export function exampleVaultFiles(root = "examples/vault"): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith(".md") || entry.name === "README.md") continue;
		const full = `${entry.parentPath}/${entry.name}`;
		files[full.slice(root.length + 1)] = readFileSync(full, "utf8");
	}
	return files;
}
