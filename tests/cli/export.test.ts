import ICAL from "ical.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./cli-process";

function vault(files: Record<string, string>): string {
	const root = join(mkdtempSync(join(tmpdir(), "kd-export-")), "Mein Vertrieb");
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));

describe("export on a small vault", () => {
	const root = vault({
		"Kunden/Müller.md":
			'---\ntyp: kunde\nfirma: "Müller \\e[2J GmbH"\numsatz: 480000\n---\n- [ ] Frau Gerens anrufen 📅 2026-11-30\n- [ ] Messe KW 50\n- [x] Besuch ✅ 2026-11-20\n',
	});

	it("--ics prints the calendar, and only it, with a link into the vault by its folder's name", () => {
		const result = cli("export", root, "--ics", "--today", "2026-11-23");
		expect([result.code, result.stderr]).toEqual([0, ""]);
		const parsed = events(result.stdout);
		expect(parsed.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString()])).toEqual([
			["Müller [2J GmbH: Frau Gerens anrufen", "2026-11-30", "2026-12-01"],
			["Müller [2J GmbH: Messe KW 50", "2026-12-07", "2026-12-14"],
		]);
		expect(parsed[0]?.component.getFirstPropertyValue("url")).toBe("obsidian://open?vault=Mein%20Vertrieb&file=Kunden%2FM%C3%BCller");
		// No escape sequence reaches the terminal; the only CRs are the line ends.
		const controls = [...result.stdout.replace(/\r\n/g, "\n")].filter((c) => c !== "\n" && (c < " " || (c >= "\u007f" && c <= "\u009f")));
		expect(controls).toEqual([]);
	});

	it("--csv prints the table with BOM and CRLF rows", () => {
		const result = cli("export", root, "--csv", "--today", "2026-11-23");
		expect([result.code, result.stderr]).toEqual([0, ""]);
		expect(result.stdout.startsWith("\uFEFFpath,name,status,")).toBe(true);
		expect(result.stdout.split("\r\n")).toEqual([
			expect.stringContaining("path,name"),
			"Kunden/Müller.md,Müller [2J GmbH,,,A,A,kundenherz,,480000,,2026-11-20,2026-12-04,2026-11-30,Frau Gerens anrufen,,,,,",
			"",
		]);
	});

	it("reads the customer folder given by --folder, and the usage names the command", () => {
		const other = vault({ "Clients/Acme.md": "# Acme\n- [ ] Call Mr. Smith 📅 2026-11-30\n", "Kunden/Müller.md": "# Müller\n" });
		const csv = cli("export", other, "--csv", "--folder", "Clients", "--today", "2026-11-23");
		expect(csv.stdout.split("\r\n").map((l) => l.slice(0, l.indexOf(",")))).toEqual(["\uFEFFpath", "Clients/Acme.md", ""]);
		expect(cli("--help").stdout).toContain("kundendossier export <vault> --ics | --csv");
	});

	it.each([
		[["export", root], "Fehler: export braucht genau eines von --ics (Kalender) oder --csv (Tabelle)"],
		[["export", root, "--ics", "--csv"], "Fehler: export braucht genau eines von --ics (Kalender) oder --csv (Tabelle)"],
		[["export", root, "--csv", "--ics", "--lang", "en"], "Error: export needs exactly one of --ics (calendar) or --csv (table)"],
		[["export", join(root, "fehlt"), "--ics"], "Vault-Ordner nicht gefunden"],
		[["export", root, "--ics", "--today", "morgen"], "--today erwartet ein Datum"],
	])("%j is a usage error: exit 2, a message on stderr, nothing on stdout", (args, message) => {
		const result = cli(...args);
		expect([result.code, result.stdout]).toEqual([2, ""]);
		expect(result.stderr).toContain(message);
	});
});

describe("export on the example vault", () => {
	const index = JSON.parse(cli("index", "examples/vault", "--today", "2026-11-23", "--json").stdout) as {
		customers: Array<{ path: string; name: string; abcEffective: string | null }>;
		activities: Array<{ status: string; date: string | null; dateEnd: string | null; floating: boolean }>;
	};

	it("--ics: every open dated activity with a real date, and nothing else, round-trips through ical.js", () => {
		const result = cli("export", "examples/vault", "--ics", "--today", "2026-11-23");
		expect(result.code).toBe(0);
		const parsed = events(result.stdout);
		const expected = index.activities.filter((a) => a.status === "open" && a.date !== null && !a.floating);
		expect(parsed.length).toBe(expected.length);
		expect(parsed.length).toBeGreaterThan(10);
		expect(parsed.map((e) => e.startDate.toString()).sort()).toEqual(expected.map((a) => a.date).sort());
		expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
		expect(parsed.every((e) => e.startDate.isDate && e.endDate.compare(e.startDate) > 0)).toBe(true);
		// Running it again gives the same calendar: the UIDs are stable.
		expect(cli("export", "examples/vault", "--ics", "--today", "2026-11-23").stdout).toBe(result.stdout);
	});

	it("--csv: one row per customer with the right columns", () => {
		const result = cli("export", "examples/vault", "--csv", "--today", "2026-11-23");
		expect(result.code).toBe(0);
		const lines = result.stdout.slice(1).split("\r\n");
		expect(lines[0]).toBe(
			"path,name,status,abc,abcComputed,abcEffective,phaseModel,phase,revenue,potential,lastContact,contactDue,nextActivityDate,nextActivityText,strategy,decisionMakers,needs,obstacles,contacts",
		);
		for (const c of index.customers) expect(result.stdout).toContain(`\r\n${c.path},`);
		expect(lines.filter((l) => /^Kunden\/|^Projekte\/|^Notizen\//.test(l)).length).toBe(index.customers.length);
	});
});
