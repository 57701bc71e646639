import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aliasBombNote } from "../fixtures/hostile-notes";
import { cliEnv } from "./cli-process";

function vault(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "kd-hostile-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/**
 * The built CLI as a process. The kill after a minute only keeps a hanging CLI from hanging the
 * suite; a run that needed it fails (status null), whatever it printed.
 */
function cli(...args: string[]) {
	const result = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8", env: cliEnv(), timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = "---\nfirma: Vogt\n---\n- [x] Herrn Vogt besucht ✅ 2026-11-20\n- [ ] Herrn Vogt anrufen 📅 2026-11-30\n";

interface Index {
	customers: Array<{ path: string; problems: Array<{ code: string; message: string }> }>;
	errors: Array<{ path: string; message: string }>;
}

describe("the CLI over a hostile vault: every note named, nothing hangs", () => {
	it("names an alias bomb as the note's yaml-error and reads the rest", () => {
		const root = vault({ "Kunden/Bombe.md": aliasBombNote(), "Kunden/Vogt.md": GOOD });
		const { code, stdout, stderr } = cli("index", root, "--today", "2026-11-23", "--json");
		expect([code, stderr]).toEqual([0, ""]);
		const index = JSON.parse(stdout) as Index;
		expect(index.customers.map((c) => c.path)).toEqual(["Kunden/Bombe.md", "Kunden/Vogt.md"]);
		expect(index.errors).toEqual([{ path: "Kunden/Bombe.md", message: "Frontmatter wächst durch YAML-Aliase (*name) ins Uferlose und wurde nicht gelesen" }]);
	});

	it("reads regular files only, within the vault and up to the size limit", () => {
		const outside = vault({ "Geheim.md": "---\ntyp: kunde\nfirma: Geheim\n---\n" });
		const root = vault({ "Kunden/Vogt.md": GOOD, "Kunden/Echt.md": GOOD, "Kunden/Riesig.md": `${GOOD}${"x".repeat(6 * 1024 * 1024)}\n` });
		execFileSync("mkfifo", [join(root, "Rohr.md"), join(root, "Kunden", "Pipe-Ziel")]);
		symlinkSync(join(root, "Kunden", "Pipe-Ziel"), join(root, "Kunden", "Pipe.md"));
		symlinkSync("/dev/zero", join(root, "Kunden", "Null.md"));
		symlinkSync(join(outside, "Geheim.md"), join(root, "Geheim.md"));
		symlinkSync(join(root, "Kunden", "Echt.md"), join(root, "Kunden", "Verweis.md"));
		symlinkSync(join(root, "Schleife-B.md"), join(root, "Schleife-A.md"));
		symlinkSync(join(root, "Schleife-A.md"), join(root, "Schleife-B.md"));
		symlinkSync(root, join(root, "Kunden", "Rundweg"));
		const { code, stdout, stderr } = cli("index", root, "--today", "2026-11-23", "--json");
		expect([code, stderr]).toEqual([0, ""]);
		const index = JSON.parse(stdout) as Index;
		expect(index.customers.map((c) => c.path)).toEqual(["Kunden/Echt.md", "Kunden/Verweis.md", "Kunden/Vogt.md"]);
		expect(index.errors).toEqual([
			{ path: "Geheim.md", message: "Verknüpfung führt aus dem Vault hinaus und wurde nicht gelesen" },
			{ path: "Kunden/Null.md", message: "Verknüpfung führt aus dem Vault hinaus und wurde nicht gelesen" },
			{ path: "Kunden/Pipe.md", message: "Keine gewöhnliche Datei (etwa eine Pipe oder ein Gerät) und wurde nicht gelesen" },
			{ path: "Kunden/Riesig.md", message: "Notiz ist zu groß (6.0 MB, Grenze 5 MB) und wurde nicht gelesen" },
			{ path: "Rohr.md", message: "Keine gewöhnliche Datei (etwa eine Pipe oder ein Gerät) und wurde nicht gelesen" },
			{ path: "Schleife-A.md", message: "Notiz konnte nicht gelesen werden: Verknüpfungen bilden eine Schleife" },
			{ path: "Schleife-B.md", message: "Notiz konnte nicht gelesen werden: Verknüpfungen bilden eine Schleife" },
		]);
	});

	it("lint lists a pipe behind a link but finds no problem in it (exit 0)", () => {
		const root = vault({ "Kunden/Vogt.md": GOOD });
		execFileSync("mkfifo", [join(root, "Kunden", "Rohr")]);
		symlinkSync(join(root, "Kunden", "Rohr"), join(root, "Kunden", "Rohr.md"));
		const { code, stdout } = cli("lint", root, "--today", "2026-11-23", "--json");
		expect(code).toBe(0);
		expect((JSON.parse(stdout) as Index).errors).toEqual([{ path: "Kunden/Rohr.md", message: "Keine gewöhnliche Datei (etwa eine Pipe oder ein Gerät) und wurde nicht gelesen" }]);
	});
});
