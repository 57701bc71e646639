import { describe, expect, it } from "vitest";
import { customer, json } from "./build";

const codes = (notes: Record<string, string>, path = "Kunden/K.md") =>
	json(notes)
		.customers.find((c) => c.path === path)
		?.problems.map((p) => p.code);
/** A customer in good shape: contacted last week, with a concrete next step. */
const healthy = "- [x] Herrn Kaiser angerufen ✅ 2026-11-20\n- [ ] Frau Gerens das Konzept vorstellen 📅 2026-11-26\n";

describe("customer problems (CONTRACT)", () => {
	it("has none for a customer in good shape", () => {
		expect(codes({ "Kunden/K.md": customer("abc: A", healthy) })).toEqual([]);
	});

	it("yaml-error: names the line, still lists the note and reads its activities", () => {
		const out = json({ "Kunden/K.md": '---\nfirma: K\nstrategie: "offen\nabc: A\n---\n' + healthy });
		const k = out.customers[0];
		expect(k?.problems[0]).toMatchObject({ code: "yaml-error" });
		expect(k?.problems[0]?.message).toContain("Zeile 3");
		expect(out.activities).toHaveLength(2);
		expect(out.errors).toEqual([{ path: "Kunden/K.md", message: k?.problems[0]?.message }]);
	});

	it("yaml-error for ---js frontmatter, which is never run", () => {
		const out = json({ "Kunden/K.md": "---js\n{ firma: (function(){ throw new Error('ran') })() }\n---\n" + healthy });
		expect(out.customers[0]?.problems.map((p) => p.code)).toEqual(["yaml-error"]);
		expect(out.customers[0]?.name).toBe("K");
	});

	it("unknown-phase, phase-skipped, phase-order", () => {
		expect(codes({ "Kunden/K.md": customer("abc: A\nphase: Hochzeit", healthy) })).toEqual(["unknown-phase"]);
		expect(codes({ "Kunden/K.md": customer("abc: A\nphase: Vertrauen\nphasen:\n  Gelegenheit: 2025-01-01\n  Kennenlernen: 2025-02-01", healthy) })).toEqual([
			"phase-skipped",
		]);
		expect(
			codes({
				"Kunden/K.md": customer(
					"abc: A\nphase: Kennenlernen\nphasen:\n  - phase: Gelegenheit\n    datum: 2025-05-01\n  - phase: Kennenlernen\n    datum: 2025-02-01",
					healthy,
				),
			}),
		).toEqual(["phase-order"]);
	});

	it("invalid-abc and abc-mismatch", () => {
		expect(codes({ "Kunden/K.md": customer("abc: D", healthy) })).toContain("invalid-abc");
		const vault = { "Kunden/K.md": customer("abc: B\numsatz: 500000", healthy), "Kunden/L.md": customer("abc: C\numsatz: 1000", healthy) };
		const out = json(vault);
		expect(out.customers.map((c) => [c.abc, c.abcComputed, c.problems.map((p) => p.code)])).toEqual([
			["B", "A", ["abc-mismatch"]],
			["C", "C", []],
		]);
	});

	it("no-next-step: no open, dated, non-vague activity", () => {
		expect(codes({ "Kunden/K.md": customer("abc: A", "- [x] angerufen ✅ 2026-11-20\n- [ ] Frau Gerens das Konzept vorstellen\n") })).toEqual(["no-next-step"]);
		expect(codes({ "Kunden/K.md": customer("abc: A", "- [x] angerufen ✅ 2026-11-20\n- [ ] Auf Entscheidung warten 📅 2026-11-30\n") })).toEqual([
			"no-next-step",
		]);
		// An overdue open step is still a next step.
		expect(codes({ "Kunden/K.md": customer("abc: A", "- [x] angerufen ✅ 2026-11-20\n- [ ] Frau Gerens anrufen 📅 2026-11-10\n") })).toEqual([]);
	});

	it("contact-overdue: never contacted, or longer ago than the interval of the class or the dossier", () => {
		const next = "- [ ] Frau Gerens anrufen 📅 2026-11-30\n";
		expect(codes({ "Kunden/K.md": customer("abc: C", next) })).toEqual(["contact-overdue"]);
		const contacted = (fm: string, day: string) => codes({ "Kunden/K.md": customer(fm, `- [x] Frau Gerens besucht ✅ ${day}\n${next}`) });
		// Due today (14 days: not longer ago than 14) is due, not yet overdue.
		expect(contacted("abc: A", "2026-11-09")).toEqual(["contact-due"]);
		expect(contacted("abc: A", "2026-11-08")).toEqual(["contact-overdue"]);
		expect(contacted("abc: B", "2026-10-24")).toEqual(["contact-due"]);
		expect(contacted("abc: B", "2026-10-23")).toEqual(["contact-overdue"]);
		expect(contacted("abc: C", "2026-08-25")).toEqual(["contact-due"]);
		expect(contacted("abc: C", "2026-08-24")).toEqual(["contact-overdue"]);
		expect(contacted("abc: C\nkontaktintervall: 7", "2026-11-15")).toEqual(["contact-overdue"]);
		// Without a written class, the computed one sets the interval.
		expect(contacted("umsatz: 1000", "2026-11-08")).toEqual(["contact-overdue"]);
	});

	it("lists problems in a fixed order with messages", () => {
		const out = json({ "Kunden/K.md": customer("abc: X\nphase: Hochzeit") });
		expect(out.customers[0]?.problems.map((p) => p.code)).toEqual(["unknown-phase", "invalid-abc", "no-next-step", "contact-overdue"]);
		expect(out.customers[0]?.problems.every((p) => p.message.length > 10)).toBe(true);
	});
});

describe("next activity and vagueness", () => {
	it("picks the earliest open, dated, non-vague activity", () => {
		const body = [
			"- [ ] Auf Entscheidung warten 📅 2026-11-24",
			"- [ ] Frau Gerens anrufen 📅 2026-11-28",
			"- [x] Herrn Kaiser angerufen 📅 2026-11-25",
			"- [ ] Herrn Kaiser das Angebot erklären 📅 2026-11-26",
		].join("\n");
		expect(json({ "Kunden/K.md": body }).customers[0]?.nextActivity).toEqual({ path: "Kunden/K.md", line: 4, date: "2026-11-26" });
	});

	it("never calls done or cancelled activities vague", () => {
		const out = json({ "Kunden/K.md": "- [x] Um Rückruf bitten\n- [-] Auf Entscheidung warten\n- [ ] Um Rückruf bitten\n" });
		expect(out.activities.map((a) => [a.vague, a.reasons])).toEqual([
			[false, []],
			[false, []],
			[true, ["vague-phrase", "no-date", "no-person"]],
		]);
	});
});
