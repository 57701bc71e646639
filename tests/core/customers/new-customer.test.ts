import { describe, expect, it } from "vitest";
import { newCustomerNote } from "../../../src/core/customers/new-customer";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { json } from "../index/build";

/** The note's text; a refusal fails the test. */
const written = (r: { ok: true; text: string } | { ok: false; reason: string }): string => (r.ok ? r.text : `refused: ${r.reason}`);

const input = {
	name: "Vogel Logistik",
	company: "Vogel Logistik GmbH & Co. KG",
	abc: "B" as const,
	phaseModel: "kundenherz",
	phase: "Gelegenheit",
	status: "Interessent",
};

describe("new customer note", () => {
	it("is a complete dossier whose gaps the index reports, with the first phase dated", () => {
		const text = written(newCustomerNote(input, "2026-11-23", null, parseYaml));
		expect(text).toContain("firma: Vogel Logistik GmbH & Co. KG\n");
		expect(text).toContain("phase: Gelegenheit\nphasen:\n  - phase: Gelegenheit\n    datum: 2026-11-23\n");
		const customer = json({ "Kunden/Vogel Logistik.md": text }).customers[0];
		expect(customer).toMatchObject({
			name: "Vogel Logistik GmbH & Co. KG",
			abc: "B",
			phaseModel: "kundenherz",
			phase: "Gelegenheit",
			phaseHistory: [{ phase: "Gelegenheit", date: "2026-11-23" }],
		});
		expect(customer?.problems.map((p) => p.code)).toEqual(["no-next-step", "contact-overdue"]);
	});

	it("fills a template and sets the modal's values into its frontmatter", () => {
		const template = "---\ntyp: kunde\n# Vorlage Vertrieb Süd\nregion: Süd\n---\n# {{title}}\nAngelegt am {{date}}\n";
		expect(written(newCustomerNote({ ...input, phase: null }, "2026-11-23", template, parseYaml))).toBe(
			"---\ntyp: kunde\n# Vorlage Vertrieb Süd\nregion: Süd\nfirma: Vogel Logistik GmbH & Co. KG\nstatus: Interessent\nabc: B\nphasenmodell: kundenherz\n---\n# Vogel Logistik\nAngelegt am 2026-11-23\n",
		);
	});

	it("refuses a template whose frontmatter is broken", () => {
		expect(newCustomerNote(input, "2026-11-23", "---\ntyp: kunde\nregion: [Süd\n---\n", parseYaml)).toEqual({ ok: false, reason: "yaml-error" });
	});
});
