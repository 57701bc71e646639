import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../src/core/index/build-index";
import { toContractJson } from "../../../src/core/index/contract-json";
import { withDefaults } from "../../../src/core/settings/settings";
import { customer, json, TODAY, type JsonIndex } from "./build";

const healthy = "- [x] Herrn Kaiser angerufen ✅ 2026-11-20\n- [ ] Frau Gerens das Konzept vorstellen 📅 2026-11-26\n";
const one = (fm: string, body = healthy) => json({ "Kunden/K.md": customer(fm, body) }).customers[0];
const problems = (fm: string, code: string) =>
	one(fm)
		?.problems.filter((p) => p.code === code)
		.map((p) => p.message) ?? [];

describe("amounts in the dossier as Germans write them", () => {
	it("umsatz: 480.000 is 480 000 €, not the 480 YAML reads: the customer stays A", () => {
		const out = json({
			"Kunden/Müller GmbH.md": customer("umsatz: 480.000", healthy),
			"Kunden/Weber.md": customer("umsatz: 0,1 Mio", healthy),
			"Kunden/Klein.md": customer("umsatz: 60 T€", healthy),
			"Kunden/Schulz.md": customer("umsatz: 50k", healthy),
		});
		expect(out.customers.map((c) => [c.name, c.abcComputed])).toEqual([
			["Klein", "C"],
			["Müller GmbH", "A"],
			["Schulz", "C"],
			["Weber", "B"],
		]);
	});

	it("reads the written text also when the frontmatter comes parsed (plugin)", () => {
		const text = customer("umsatz: 480.000\npotenzial: 1.250.000", healthy);
		const note = { path: "Kunden/K.md", text, metadata: { frontmatter: { typ: "kunde", umsatz: 480, potenzial: 1.25 }, listLines: [5, 6], headings: [] } };
		const index = buildIndex([note], withDefaults({}), TODAY);
		expect([index.customers[0]?.dossier.revenue, index.customers[0]?.dossier.potential]).toEqual([480000, 1250000]);
	});

	it("amount-unreadable: set but no amount, the message names key and value", () => {
		expect(problems("umsatz: viel", "amount-unreadable")).toEqual(["umsatz: „viel“ ist kein Betrag (z. B. 480.000 €, 1,2 Mio, 480 T€)"]);
		expect(problems("Potenzial: 1,250", "amount-unreadable")).toEqual(["Potenzial: „1,250“ ist kein Betrag (z. B. 480.000 €, 1,2 Mio, 480 T€)"]);
		expect(problems("umsatz:\npotenzial: ''", "amount-unreadable")).toEqual([]);
		expect(problems("umsatz: 480.000 €\npotenzial: 2 Mio", "amount-unreadable")).toEqual([]);
	});
});

describe("invalid-value: dossier values that cannot mean anything", () => {
	it("kontaktintervall: oft", () => {
		expect(problems("abc: A\nkontaktintervall: oft", "invalid-value")).toEqual(["kontaktintervall: „oft“ ist kein gültiger Wert"]);
		expect(problems("abc: A\nkontaktintervall: 3 Wochen", "invalid-value")).toEqual([]);
	});

	it("a birthday 30.02. is no birthday: named with its contact, never greeted", () => {
		const fm = "abc: A\nansprechpartner:\n  - name: Hans Müller\n    geburtstag: 30.02.\n  - name: Eva Roth\n    geburtstag: 29.02.";
		expect(problems(fm, "invalid-value")).toEqual(["geburtstag von Hans Müller: „30.02.“ ist kein gültiger Wert"]);
		expect(one(fm)?.path).toBe("Kunden/K.md");
	});

	it("a status that is no lifecycle stage; stages in German, English and loose spelling are fine", () => {
		expect(problems("abc: A\nstatus: Bestandskunde?", "invalid-value")).toEqual(["status: „Bestandskunde?“ ist kein gültiger Wert"]);
		for (const status of ["Wunschkunde", "interessent", "Top Kunde", "Topkunde", "Top-Kunde", "target", "prospect", "new", "Regular", "top"]) {
			expect(problems(`abc: A\nstatus: ${status}`, "invalid-value"), status).toEqual([]);
		}
	});
});

describe("abcEffective: potential lifts the class (CONTRACT ABC analysis)", () => {
	// Groß alone is A (the first always is): its 600 000 is the bar; Mittel and K are C by revenue.
	const vault = (fm: string) => ({
		"Kunden/Groß.md": customer("umsatz: 600.000", healthy),
		"Kunden/Mittel.md": customer("umsatz: 50.000", healthy),
		"Kunden/K.md": customer(fm, healthy),
	});
	const k = (fm: string) => json(vault(fm)).customers.find((c) => c.path === "Kunden/K.md") as JsonIndex["customers"][number];

	it("a C customer whose potential reaches the smallest A revenue is treated as A", () => {
		expect(k("umsatz: 10.000\npotenzial: 600.000")).toMatchObject({ abc: null, abcComputed: "C", abcEffective: "A" });
		expect(k("umsatz: 10.000\npotenzial: 599.999")).toMatchObject({ abcComputed: "C", abcEffective: "C" });
	});

	it("the written class is lifted too; A and classless customers stay as they are", () => {
		expect(k("abc: B\npotenzial: 1 Mio")).toMatchObject({ abc: "B", abcEffective: "A" });
		expect(k("abc: A\npotenzial: 10")).toMatchObject({ abcEffective: "A" });
		expect(k("potenzial: 1 Mio")).toMatchObject({ abc: null, abcComputed: null, abcEffective: null });
	});

	it("the lifted class sets the contact interval (A: 14 days)", () => {
		const contacted = (fm: string) => k(`${fm}`).problems.map((p) => p.code);
		const body = "- [x] Frau Gerens besucht ✅ 2026-10-01\n- [ ] Frau Gerens anrufen 📅 2026-11-30\n";
		const lifted = json({ ...vault(""), "Kunden/K.md": customer("abc: C\npotenzial: 700.000", body) }).customers.find((c) => c.path === "Kunden/K.md");
		expect(lifted?.problems.map((p) => p.code)).toEqual(["contact-overdue"]);
		const plain = json({ ...vault(""), "Kunden/K.md": customer("abc: C", body) }).customers.find((c) => c.path === "Kunden/K.md");
		expect(plain?.problems.map((p) => p.code)).toEqual([]);
		expect(contacted("abc: C\npotenzial: 700.000")).toEqual([]);
	});
});

describe("contactDue and contact-due: the cadence in two levels", () => {
	const next = "- [ ] Frau Gerens anrufen 📅 2026-11-30\n";
	const at = (fm: string, lastContact: string) => {
		const c = one(fm, `- [x] Frau Gerens besucht ✅ ${lastContact}\n${next}`) as JsonIndex["customers"][number];
		return { contactDue: c.contactDue, codes: c.problems.map((p) => p.code).filter((code) => code.startsWith("contact")) };
	};

	it("contactDue is the last contact plus the interval; null before the first contact", () => {
		expect(at("abc: C", "2026-11-01").contactDue).toBe("2027-01-30");
		expect(at("abc: B\nkontaktintervall: 2 Wochen", "2026-11-01").contactDue).toBe("2026-11-15");
		expect(one("abc: B", next)?.contactDue).toBeNull();
	});

	// today 2026-11-23; C: 90 days, announced 7 days ahead; A: 14 days, a fifth of it is 2 days.
	it("contact-due from min(7, interval / 5) days before the due day up to the due day itself; overdue after it", () => {
		expect(at("abc: C", "2026-09-02")).toEqual({ contactDue: "2026-12-01", codes: [] });
		expect(at("abc: C", "2026-09-01")).toEqual({ contactDue: "2026-11-30", codes: ["contact-due"] });
		expect(at("abc: C", "2026-08-25")).toEqual({ contactDue: "2026-11-23", codes: ["contact-due"] });
		expect(at("abc: C", "2026-08-24")).toEqual({ contactDue: "2026-11-22", codes: ["contact-overdue"] });
		expect(at("abc: A", "2026-11-12").codes).toEqual([]);
		expect(at("abc: A", "2026-11-11").codes).toEqual(["contact-due"]);
	});

	it("names the due day in the message", () => {
		const c = one("abc: C", `- [x] Frau Gerens besucht ✅ 2026-09-01\n${next}`);
		expect(c?.problems.find((p) => p.code === "contact-due")?.message).toBe("Kontakt bald fällig: am 2026-11-30 (in 7 Tagen)");
	});
});

describe("the JSON of index --json", () => {
	it("carries abcEffective and contactDue beside the fields it had", () => {
		const out = toContractJson(buildIndex([{ path: "Kunden/K.md", text: customer("abc: B", healthy) }], withDefaults({}), TODAY)) as {
			customers: Array<Record<string, unknown>>;
		};
		expect(Object.keys(out.customers[0] ?? {})).toEqual(
			expect.arrayContaining(["abc", "abcComputed", "abcEffective", "contactDue", "lastContact", "nextActivity"]),
		);
		expect(out.customers[0]).toMatchObject({ abcEffective: "B", contactDue: "2026-12-20" });
	});
});
