import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";
import { capturing, tempVault } from "./temp-vault";

const GOALS = "---\nvon: 2026-01-01\nbis: 2026-12-31\nneukunden: 4\n---\n";
const CUSTOMER = "---\ntyp: kunde\nstatus: Neukunde\nerstellt: 2026-03-01\n---\n- [ ] Frau Roth anrufen 📅 2026-11-30\n";
const cli = capturing(run, "2026-11-23");

describe("review: the goals note", () => {
	it("finds this year's goals note by default and ends the review with its lines", () => {
		const vault = tempVault({ "Kunden/Neu.md": CUSTOMER, "Notizen/Vertriebsziele 2026.md": GOALS });
		const result = cli(["review", vault]);
		expect(result.code).toBe(0);
		expect(result.out).toContain("## Verkaufsziele (1)\n\n- Neukunden: 1 von 4 (25 %) · hinter Plan (erwartet 3,6) · noch 39 Tage\n");
	});

	it("takes next year's note when this year has none: goals written ahead", () => {
		const vault = tempVault({ "Kunden/Neu.md": CUSTOMER, "Notizen/Vertriebsziele 2027.md": GOALS.replace(/2026/g, "2027") });
		expect(cli(["review", vault]).out).toContain("- Neukunden: 0 von 4 (0 %) · beginnt am 2027-01-01\n");
	});

	it("reads the note --goals names, and stops with exit 2 when there is none", () => {
		const vault = tempVault({ "Kunden/Neu.md": CUSTOMER, "Ziele/Plan.md": GOALS });
		expect(cli(["review", vault, "--goals", "Ziele/Plan.md", "--lang", "en"]).out).toContain("## Sales goals (1)\n\n- New customers: 1 of 4 (25 %)");
		const missing = cli(["review", vault, "--goals", "Ziele/Fehlt.md"]);
		expect([missing.code, missing.out, missing.err]).toEqual([2, "", "Fehler: Zielnotiz nicht gefunden: Ziele/Fehlt.md\n"]);
	});

	it("shows an unreadable goal as a problem naming its key", () => {
		const vault = tempVault({
			"Kunden/Neu.md": CUSTOMER,
			"Notizen/Vertriebsziele 2026.md": GOALS.replace("neukunden: 4", "neukunden: 4\numsatz_neukunden: viel"),
		});
		expect(cli(["review", vault]).out).toContain("- ⚠ umsatz\\_neukunden: „viel“ ist kein Betrag (z. B. 250.000 €, 1,6 Mio)\n");
	});

	it("without a goals note the review has no goals section", () => {
		const vault = tempVault({ "Kunden/Neu.md": CUSTOMER });
		expect(cli(["review", vault]).out).not.toContain("Verkaufsziele");
	});

	it("--help documents --goals", () => {
		expect(cli(["--help"]).out).toContain("--goals");
	});
});
