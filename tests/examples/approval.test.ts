import { describe, expect, it } from "vitest";
import { cli } from "../cli/cli-process";

/**
 * Approval tests: the CLI's output on the example vault, as reviewed and committed. A change in
 * behaviour shows up as a diff of these files, to be read and approved (vitest -u) or fixed.
 */
const VAULT = "examples/vault";

describe("example vault", () => {
	it("index --json", async () => {
		const result = cli("index", VAULT, "--today", "2026-11-23", "--json");
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		await expect(result.stdout).toMatchFileSnapshot("../fixtures/approved/index.json");
	});

	it("review (German, with summary): what npm start prints", async () => {
		const result = cli("review", VAULT, "--date", "2026-11-23", "--summary");
		expect(result.code).toBe(0);
		await expect(result.stdout).toMatchFileSnapshot("../fixtures/approved/review.de.md");
	});

	it("review in English", async () => {
		const result = cli("review", VAULT, "--date", "2026-11-23", "--lang", "en");
		await expect(result.stdout).toMatchFileSnapshot("../fixtures/approved/review.en.md");
	});

	it("lint", async () => {
		const result = cli("lint", VAULT, "--today", "2026-11-23");
		expect(result.code).toBe(1);
		await expect(result.stdout).toMatchFileSnapshot("../fixtures/approved/lint.txt");
	});

	it("export --ics and --csv: the calendar and the dossier table", async () => {
		const ics = cli("export", VAULT, "--ics", "--today", "2026-11-23");
		const csv = cli("export", VAULT, "--csv", "--today", "2026-11-23");
		expect([ics.code, ics.stderr, csv.code, csv.stderr]).toEqual([0, "", 0, ""]);
		await expect(ics.stdout).toMatchFileSnapshot("../fixtures/approved/aufgaben.ics");
		await expect(csv.stdout).toMatchFileSnapshot("../fixtures/approved/kunden.csv");
	});

	it("the vault's deliberate cases", () => {
		const index = JSON.parse(cli("index", VAULT, "--today", "2026-11-23", "--json").stdout) as {
			customers: Array<{ path: string; problems: Array<{ code: string }> }>;
			activities: Array<{ path: string; text: string; status: string; date: string | null }>;
			errors: Array<{ path: string; message: string }>;
		};
		const problems = Object.fromEntries(index.customers.map((c) => [c.path, c.problems.map((p) => p.code)]));
		expect(problems["Kunden/Müller Maschinenbau.md"]).toEqual([]);
		expect(problems["Kunden/Elektro Vogt.md"]).toEqual(["yaml-error"]);
		expect(problems["Kunden/Evil GmbH.md"]).toEqual(["yaml-error"]);
		expect(problems["Kunden/Druckhaus Gerens.md"]).toEqual(["phase-skipped"]);
		expect(problems["Kunden/Hotel Seeblick.md"]).toEqual(["phase-order"]);
		expect(problems["Kunden/Bäckerei Sonnenkorn.md"]).toEqual([]);
		expect(problems["Projekte/Stadtwerke Nordheim.md"]).toBeDefined();
		// BOM + CRLF note reads cleanly; no text keeps a CR, and no prose or code became an activity.
		expect(problems["Kunden/Landtechnik Huber.md"]).toEqual([]);
		expect(index.activities.some((a) => a.text.includes("\r"))).toBe(false);
		// Prose ("Ich mache das so.") and plain facts ("- Im Einsatz: Version 2.1 …") are never activities.
		expect(index.activities.filter((a) => /Ich mache das so|^Im Einsatz: Version 2\.1/.test(a.text))).toEqual([]);
		// A checkbox item mentioning a version keeps its real date.
		expect(index.activities.find((a) => a.text.startsWith("Migration auf Version 2.1"))).toMatchObject({ status: "cancelled", date: "2026-10-15" });
		expect(index.errors.map((e) => e.path)).toEqual(["Kunden/Elektro Vogt.md", "Kunden/Evil GmbH.md"]);
	});

	it("amounts as written (390.000, 480.000 €, 0,4 Mio) and the lift by potential", () => {
		const index = JSON.parse(cli("index", VAULT, "--today", "2026-11-23", "--json").stdout) as {
			customers: Array<{
				path: string;
				abc: string | null;
				abcComputed: string | null;
				abcEffective: string | null;
				contactDue: string | null;
				problems: Array<{ code: string }>;
			}>;
		};
		const by = Object.fromEntries(index.customers.map((c) => [c.path, c]));
		expect(by["Kunden/Müller Maschinenbau.md"]).toMatchObject({ abcComputed: "A", abcEffective: "A" });
		expect(by["Kunden/Spedition Krause.md"]).toMatchObject({ abc: "B", abcComputed: "A", abcEffective: "A" });
		expect(by["Projekte/Stadtwerke Nordheim.md"]).toMatchObject({
			abc: "C",
			abcComputed: "C",
			abcEffective: "A",
			contactDue: "2026-11-24",
			problems: [{ code: "contact-due" }],
		});
		expect(index.customers.flatMap((c) => c.problems).filter((p) => p.code === "amount-unreadable")).toEqual([]);
	});
});
