import { describe, expect, it } from "vitest";
import { customer, json } from "./build";

describe("index --json carries the dossier's fields as additional customer fields", () => {
	it("strategy, decision makers, needs, obstacles, revenue, potential and contacts, as the dossier reads them", () => {
		const fm = [
			"strategie: Zweitlieferant werden",
			"entscheider: [Dr. Weber, Herr Kaiser]",
			"bedarf: Wartung",
			"hindernisse: Rahmenvertrag mit Wettbewerber",
			"umsatz: 480.000 €",
			"potenzial: 1,2 Mio",
			"ansprechpartner:",
			"  - name: Anna Gerens",
			"    rolle: Einkauf",
			"    telefon: 0911 123",
			"    geburtstag: 25.11.",
		].join("\n");
		const c = json({ "Kunden/K.md": customer(fm) }).customers[0] as unknown as Record<string, unknown>;
		expect(c).toMatchObject({
			strategy: "Zweitlieferant werden",
			decisionMakers: ["Dr. Weber", "Herr Kaiser"],
			needs: "Wartung",
			obstacles: "Rahmenvertrag mit Wettbewerber",
			revenue: 480000,
			potential: 1200000,
			contacts: [{ name: "Anna Gerens", role: "Einkauf", birthday: "--11-25", phone: "0911 123", email: null }],
		});
	});

	it("gives null and empty lists for a dossier without them, and keeps the contract's fields", () => {
		const c = json({ "Kunden/Leer.md": "# Leer\n" }).customers[0] as unknown as Record<string, unknown>;
		expect(c).toMatchObject({
			path: "Kunden/Leer.md",
			name: "Leer",
			strategy: null,
			decisionMakers: [],
			needs: null,
			obstacles: null,
			revenue: null,
			potential: null,
			contacts: [],
		});
	});
});
