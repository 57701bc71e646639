import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/read-vault";
import { tempVault } from "./temp-vault";

function vault(): string {
	const root = mkdtempSync(join(tmpdir(), "kundendossier-read-"));
	const files: Array<[string, string]> = [
		["Kunden/Müller GmbH.md", "a"],
		["Kunden/Archiv/Alt.MD", "b"],
		["heute.md", "c"],
		[".obsidian/x.md", "d"],
		["node_modules/y.md", "e"],
		["bild.png", "f"],
	];
	for (const [path, text] of files) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe("readVault", () => {
	it("reads every note with a vault-relative path in forward slashes, in code-unit order", () => {
		const root = vault();
		const expected = [
			{ path: "Kunden/Archiv/Alt.MD", text: "b" },
			{ path: "Kunden/Müller GmbH.md", text: "a" },
			{ path: "heute.md", text: "c" },
		];
		expect(readVault(root).notes).toEqual(expected);
		expect(readVault(`${root}/`).notes).toEqual(expected);
		expect(readVault(join(root, "Kunden", "..")).notes).toEqual(expected);
	});
});

describe("reading many notes through one buffer", () => {
	it("gives each note its own bytes, whatever size the note before had", () => {
		// Larger than the buffer's first size, then smaller: a short note must not keep the tail of a long one.
		const long = `${"Großkunde ".repeat(9000)}Ende`;
		const root = tempVault({ "a.md": "kurz", "b.md": long, "c.md": "ü", "d.md": "", "e.md": long.slice(0, 70000) });
		expect(readVault(root).notes.map((n) => n.text)).toEqual(["kurz", long, "ü", "", long.slice(0, 70000)]);
	});
});
