import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./cli-process";

const vault = mkdtempSync(join(tmpdir(), "kd-empty-"));

describe("CLI error paths: a clear message on stderr, nothing on stdout, exit 2", () => {
	it.each([
		[["index", join(vault, "fehlt"), "--json"], "Vault-Ordner nicht gefunden"],
		[["frobnicate", vault], "Unbekannter Befehl"],
		[["index"], "Vault-Ordner fehlt"],
		[["index", vault, "--today", "2026-13-01"], "--today erwartet ein Datum"],
		[["index", vault, "--today", "23.11.2026"], "--today erwartet ein Datum"],
		[["review", vault, "--date"], "--date braucht einen Wert"],
		[["index", vault, "--folder", "--json"], "--folder braucht einen Wert"],
		[["index", vault, "--verbose"], "Unbekannte Option"],
		[["index", vault, vault], "Nur ein Vault-Ordner"],
		[["lint", vault, "--lang", "fr"], "--lang erwartet de oder en"],
	])("%j", (args, message) => {
		const result = cli(...args);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain(message);
	});

	it("refuses a file where a vault folder is expected", () => {
		const file = join(vault, "notiz.md");
		writeFileSync(file, "# Notiz\n");
		const result = cli("index", file, "--json");
		expect([result.code, result.stdout]).toEqual([2, ""]);
		expect(result.stderr).toContain("Kein Ordner");
	});

	it("prints usage on --help, on stdout, with exit 0", () => {
		const result = cli("--help");
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("kundendossier index  <vault>");
	});

	it("gives an empty index for an empty vault", () => {
		const result = cli("index", vault, "--today", "2026-11-23", "--json");
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual({ today: "2026-11-23", customers: [], activities: [], errors: [] });
	});
});

describe("CLI errors and help in the run's language", () => {
	it.each([
		[["index", vault, "--today", "2026-02-30"], "de", "Fehler: --today 2026-02-30: diesen Tag gibt es im Kalender nicht"],
		[["review", vault, "--date", "2027-02-29", "--lang", "en"], "en", "Error: --date 2027-02-29: that day does not exist in the calendar"],
		[["frobnicate", vault, "--lang", "en"], "en", "Error: Unknown command “frobnicate” (index, review, lint, export)"],
		[["index", "--lang=en"], "en", "Error: Vault folder missing"],
		[["index", vault, "--today", "23.11.2026", "--lang", "en"], "en", "Error: --today expects a date YYYY-MM-DD, not “23.11.2026”"],
	])("%j", (args, lang, first) => {
		const result = cli(...args);
		expect([result.code, result.stdout]).toEqual([2, ""]);
		expect(result.stderr.split("\n")[0]).toBe(first);
		expect(result.stderr).toContain(lang === "en" ? "Usage:\n  kundendossier index" : "Aufruf:\n  kundendossier index");
	});

	it("prints the help in English with --lang en", () => {
		const result = cli("--help", "--lang", "en");
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Kundendossier – customer dossiers/);
		expect(result.stdout).toContain("Exit codes: 0 ok, 1 problems found (lint)");
		expect(result.stdout).not.toMatch(/Aufruf|Optionen|Stichtag/);
	});

	it("names a --folder that is not in the vault when it finds no customers, and stops", () => {
		const root = mkdtempSync(join(tmpdir(), "kd-folder-"));
		writeFileSync(join(root, "Notiz.md"), "- [ ] Herrn Vogt anrufen 📅 2026-11-30\n");
		const de = cli("index", root, "--folder", "Nichtda", "--today", "2026-11-23", "--json");
		expect([de.code, de.stdout, de.stderr]).toEqual([2, "", "Fehler: Kundenordner „Nichtda“ gibt es im Vault nicht; keine Kunden gefunden\n"]);
		const en = cli("lint", root, "--folder", "Nichtda", "--lang", "en");
		expect([en.code, en.stdout, en.stderr]).toEqual([2, "", "Error: The customer folder “Nichtda” is not in the vault; no customers found\n"]);
		// Without --folder the default folder's absence is a warning: an empty vault still has an empty index.
		const plain = cli("index", root, "--today", "2026-11-23", "--json");
		expect(plain.code).toBe(0);
		expect(plain.stderr).toBe("Warnung: Kundenordner „Kunden“ gibt es im Vault nicht; keine Kunden gefunden\n");
	});

	it("names an invalid stored setting in the run's language", () => {
		const root = mkdtempSync(join(tmpdir(), "kd-settings-"));
		mkdirSync(join(root, ".obsidian", "plugins", "kundendossier"), { recursive: true });
		mkdirSync(join(root, "Kunden"));
		writeFileSync(join(root, ".obsidian", "plugins", "kundendossier", "data.json"), JSON.stringify({ birthdayDays: "oft", language: "en" }));
		const result = cli("index", root, "--today", "2026-11-23", "--json");
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("Warning: Setting “birthdayDays” in .obsidian/plugins/kundendossier/data.json is invalid; using its default\n");
	});
});
