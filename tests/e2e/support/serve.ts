import { readdirSync, readFileSync } from "node:fs";
import type { Route } from "playwright-core";

/** The page's origin. Nothing leaves the machine: every request is answered here or aborted. */
export const ORIGIN = "http://obsidian.test";

/** Every file of the example vault as base64 bytes: the page decodes them as Obsidian reads files. Like Obsidian, it leaves out `.obsidian` and other dot folders. */
export function vaultJson(root = "examples/vault"): string {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = `${entry.parentPath}/${entry.name}`;
		const path = full.slice(root.length + 1);
		if (path.split("/").some((part) => part.startsWith("."))) continue;
		files[path] = readFileSync(full).toString("base64");
	}
	return JSON.stringify(files);
}

const FILES: Record<string, [string, string]> = {
	"/": ["tests/e2e/harness/index.html", "text/html; charset=utf-8"],
	"/harness.js": [".e2e/harness.js", "text/javascript; charset=utf-8"],
	"/main.js": ["main.js", "text/javascript; charset=utf-8"],
	"/manifest.json": ["manifest.json", "application/json"],
	"/styles.css": ["styles.css", "text/css; charset=utf-8"],
	"/harness/obsidian-variables.css": ["tests/e2e/harness/obsidian-variables.css", "text/css; charset=utf-8"],
	"/harness/obsidian-app.css": ["tests/e2e/harness/obsidian-app.css", "text/css; charset=utf-8"],
	"/harness/obsidian-note.css": ["tests/e2e/harness/obsidian-note.css", "text/css; charset=utf-8"],
};

export async function serve(route: Route): Promise<void> {
	const url = new URL(route.request().url());
	if (url.origin !== ORIGIN) return route.abort("blockedbyclient");
	if (url.pathname === "/vault.json") return route.fulfill({ body: vaultJson(), contentType: "application/json" });
	const file = FILES[url.pathname];
	if (!file) return route.fulfill({ status: 404, body: "not found" });
	return route.fulfill({ body: readFileSync(file[0]), contentType: file[1] });
}
