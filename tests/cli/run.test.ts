import * as fs from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { capturing, tempVault } from "./temp-vault";

vi.mock("node:fs", async (importOriginal) => {
	const actual = await importOriginal<typeof import("node:fs")>();
	return { ...actual, openSync: vi.fn(actual.openSync) };
});

const { run } = await import("../../src/cli/run");

const vault = tempVault;

const capture = capturing(run);

describe("the CLI in-process", () => {
	const files: Record<string, string> = {
		"Kunden/K.md": "---\ntyp: kunde\nabc: A\n---\n- [ ] Frau Gerens anrufen 📅 2026-11-23\n",
		".obsidian/workspace.md": "- [ ] nie gelesen 📅 2026-11-23\n",
		".trash/Alt.md": "---\ntyp: kunde\n---\n",
		"Bilder/logo.png": "PNG",
	};

	it("reads every note once and nothing outside the notes", () => {
		const root = vault(files);
		const read = vi.mocked(fs.openSync);
		read.mockClear();
		capture(["index", root, "--json"]);
		const paths = read.mock.calls.map((c) => String(c[0])).filter((p) => !p.endsWith(".json"));
		expect(paths.map((p) => p.slice(root.length + 1))).toEqual(["Kunden/K.md"]);
	});

	it("defaults to the clock's day and never writes", () => {
		const root = vault(files);
		const { code, out } = capture(["index", root, "--json"]);
		expect(code).toBe(0);
		expect((JSON.parse(out) as { today: string }).today).toBe("2026-11-23");
		expect(fs.readdirSync(join(root, "Kunden"))).toEqual(["K.md"]);
	});

	it("speaks English when told, and uses the plugin's stored settings", () => {
		const root = vault({
			...files,
			".obsidian/plugins/kundendossier/data.json": JSON.stringify({ language: "en", customerFolders: ["Clients"] }),
			"Clients/C.md": "- [ ] Call Mr. Smith 📅 2026-11-23\n",
		});
		const { out } = capture(["review", root, "--date", "2026-11-23"]);
		expect(out).toContain("# Daily review 2026-11-23");
		expect(out).toContain("## Due today (2)");
		expect(out).toContain("[[C]]: Call Mr. Smith");
	});

	it("warns on bad stored settings but runs", () => {
		const root = vault({ ...files, ".obsidian/plugins/kundendossier/data.json": JSON.stringify({ language: "fr" }) });
		const { code, err } = capture(["index", root]);
		expect(code).toBe(0);
		expect(err).toContain("„language“");
	});

	it("lint exits 1 with problems and 0 without", () => {
		const bad = vault({ "Kunden/K.md": "---\ntyp: kunde\nabc: Z\n---\n" });
		const lint = capture(["lint", bad]);
		expect(lint.code).toBe(1);
		expect(lint.out).toContain("Kunden/K.md: invalid-abc:");
		const good = vault({ "Kunden/K.md": "---\nabc: A\n---\n- [x] Frau Gerens besucht ✅ 2026-11-20\n- [ ] Frau Gerens anrufen 📅 2026-11-30\n" });
		expect(capture(["lint", good]).code).toBe(0);
		expect(JSON.parse(capture(["lint", good, "--json"]).out)).toEqual({ today: "2026-11-23", problems: [], errors: [] });
	});

	it("lint names broken frontmatter once, in the chosen language only, and still counts it", () => {
		const root = vault({ "Kunden/K.md": "---\nfirma: K\n  abc: A\n---\n- [x] Frau Gerens besucht ✅ 2026-11-20\n- [ ] Frau Gerens anrufen 📅 2026-11-30\n" });
		const en = capture(["lint", root, "--lang", "en"]);
		expect(en.code).toBe(1);
		expect(en.out).toBe(
			"Kunden/K.md: yaml-error: Frontmatter is not valid YAML (line 3): indentation does not fit the lines above\n1 problem in dossiers, 1 note not fully readable\n",
		);
		const de = capture(["lint", root]);
		expect(de.out).toBe(
			"Kunden/K.md: yaml-error: Frontmatter ist kein gültiges YAML (Zeile 3): Einrückung passt nicht zu den Zeilen darüber\n1 Problem in Dossiers, 1 Notiz nicht vollständig lesbar\n",
		);
	});
});
