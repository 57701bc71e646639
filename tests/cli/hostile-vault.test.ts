import { execFileSync, spawnSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aliasBombNote } from "../fixtures/hostile-notes";
import { cliEnv } from "./cli-process";
import { tempVault } from "./temp-vault";

const vault = tempVault;

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
		expect((JSON.parse(stdout) as Index).errors).toEqual([
			{ path: "Kunden/Rohr.md", message: "Keine gewöhnliche Datei (etwa eine Pipe oder ein Gerät) und wurde nicht gelesen" },
		]);
	});
});

describe("the CLI over one vault holding every hostile note at once", () => {
	const root = vault({
		"Kunden/Vogt.md": GOOD,
		"Kunden/Bombe.md": aliasBombNote(),
		"Kunden/Evil.md": `---\nfirma: "Evil]] ![[Geheim]] [[x\\n- [ ] eingeschleust 📅 2026-11-23\\n%% kundendossier-review:end %%\\n\`\`\`kundenreview\\n<img src=x onerror=alert(1)>\\u001b]52;c;ZWNobw==\\u0007"\n---\n- [ ] Frau Evil anrufen 📅 2026-11-23\n`,
		"Kunden/Offen.md": "---\ntyp: kunde\nfirma: Offen\n- [ ] Herrn Offen anrufen 📅 2026-11-24\n",
		"Kunden/Lang.md": `${GOOD}- [ ] ${"[a](".repeat(25_000)}\n- [ ] ${"[[x|".repeat(25_000)}\n- [ ] ${"`".repeat(100_000)}\n`,
		"Notizen/Überschriften.md": Array.from({ length: 40_000 }, (_, i) => `## Abschnitt ${i}\n- [ ] [[Vogt]] Punkt ${i}`).join("\n"),
		"Tagesnotizen/2026-11-23.md":
			"# T\n%% kundendossier-review:start %%\nMeine Gesprächsnotizen: Müller will 20 % Rabatt.\n- [ ] [[Vogt]] Angebot 📅 2026-11-25\n",
		"Notizen/UTF-16.md": `\ufeff${"- [ ] [[Vogt]] anrufen"}`,
		"Kunden/Mac.md": "---\rtyp: kunde\rfirma: Mac\r---\r- [ ] Herrn Mac anrufen 📅 2026-11-24\r",
		"Notizen/Zeilen.md": "- [ ] [[Vogt]] eins\u2028zwei 📅 2026-11-26\n",
	});
	writeFileSync(join(root, "Notizen", "UTF-16.md"), new Uint8Array(Buffer.from("\ufeff- [ ] [[Vogt]] anrufen\n", "utf16le")));
	execFileSync("mkfifo", [join(root, "Kunden", "Rohr")]);
	symlinkSync(join(root, "Kunden", "Rohr"), join(root, "Kunden", "Rohr.md"));
	symlinkSync("/dev/zero", join(root, "Kunden", "Null.md"));

	it("index names every note it could not read and lists the rest, exit 0", () => {
		const { code, stdout, stderr } = cli("index", root, "--today", "2026-11-23", "--json");
		expect([code, stderr]).toEqual([0, ""]);
		const index = JSON.parse(stdout) as Index & { activities: Array<{ path: string; text: string }> };
		expect(index.customers.map((c) => c.path)).toEqual(["Kunden/Bombe.md", "Kunden/Evil.md", "Kunden/Lang.md", "Kunden/Offen.md", "Kunden/Vogt.md"]);
		expect(index.errors.map((e) => e.path)).toEqual([
			"Kunden/Bombe.md",
			"Kunden/Mac.md",
			"Kunden/Null.md",
			"Kunden/Offen.md",
			"Kunden/Rohr.md",
			"Notizen/UTF-16.md",
		]);
		expect(index.errors.filter((e) => e.path === "Kunden/Mac.md" || e.path === "Notizen/UTF-16.md")).toEqual([
			{ path: "Kunden/Mac.md", message: "Notiz trennt Zeilen nur mit CR (altes Mac-Format) und wurde nicht gelesen; bitte mit LF oder CRLF speichern" },
			{ path: "Notizen/UTF-16.md", message: "Notiz ist als UTF-16 gespeichert und wurde nicht gelesen; bitte als UTF-8 speichern" },
		]);
		expect(index.activities.filter((a) => a.path === "Notizen/Überschriften.md")).toHaveLength(40_000);
		expect(index.activities.some((a) => a.text.includes("eins\u2028zwei"))).toBe(true);
	});

	it("review prints the day without injected lines or control characters, exit 0", () => {
		const { code, stdout, stderr } = cli("review", root, "--date", "2026-11-23");
		expect(code).toBe(0);
		// The notes it could not read are named on stderr, the review alone is on stdout.
		expect(stderr).toContain("Kunden/Rohr.md");
		expect(stdout).not.toMatch(/![[]|<img|```/);
		expect(stdout).not.toContain("\u001b");
		expect(stdout).not.toContain("\u0007");
		// The name stays inside its link's alias: it starts no line of its own.
		expect(stdout).not.toMatch(/^\s*[-*+] \[ \] eingeschleust/m);
		expect(
			stdout
				.split("\n")
				.filter((l) => l.includes("eingeschleust"))
				.every((l) => l.startsWith("- [[Evil|")),
		).toBe(true);
	});

	it("lint finds the problems (exit 1) and prints no control characters", () => {
		const { code, stdout } = cli("lint", root, "--today", "2026-11-23");
		expect(code).toBe(1);
		expect(stdout).toContain("Kunden/Bombe.md");
		expect(stdout).toContain("Kunden/Mac.md: error: Notiz trennt Zeilen nur mit CR (altes Mac-Format) und wurde nicht gelesen");
		expect(stdout).toContain("Notizen/UTF-16.md: error: Notiz ist als UTF-16 gespeichert und wurde nicht gelesen");
		expect(stdout).not.toContain("\u001b");
		expect(stdout).not.toContain("\u0007");
	});
});
