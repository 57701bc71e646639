import { mkdtempSync, writeFileSync } from "node:fs";
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
