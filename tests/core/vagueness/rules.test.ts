import { describe, expect, it } from "vitest";
import { judge, toVaguenessInput, VAGUENESS_RULES } from "../../../src/core/vagueness/rules";
import { input } from "./run-examples";

const PSEUDO = ["Akquisition erhöhen", "Auf Entscheidung warten", "Bestellung annehmen", "Ansprechpartner zu erreichen versuchen", "Um Rückruf bitten"];
const CONCRETE = [
	"Am 15. November dem Betriebsleiter die neueste Technologie präsentieren",
	"Am 23. November Frau Gerens das Konzept vorstellen",
	"Am 2. Dezember den Produktionsleiter von unserem Lösungsvorschlag überzeugen",
	"Am 10. Dezember Frau Porens beim gemeinsamen Abendessen meine Wertschätzung zeigen",
	"Am 25. Dezember Frau Scharens mit dem Geschenk überraschen",
];

describe("judge (CONTRACT: Vague activities)", () => {
	it("runs the rules in the contract's order", () => {
		expect(VAGUENESS_RULES.map((r) => r.code)).toEqual(["vague-phrase", "waiting-verb", "no-action", "no-date", "floating-date", "no-person", "mixed-purpose"]);
		expect(VAGUENESS_RULES.map((r) => r.kind)).toEqual(["vague", "vague", "vague", "vague", "vague", "hint", "hint"]);
	});

	it.each(PSEUDO)("flags the DOMAIN pseudo-activity „%s“, even with a date", (text) => {
		const verdict = judge(input(text), "de");
		expect(verdict.vague).toBe(true);
		expect(verdict.reasons[0]).toBe("vague-phrase");
		expect(verdict.suggestion).not.toBeNull();
	});

	it.each(CONCRETE)("accepts the DOMAIN example „%s“ with a date, without hints", (text) => {
		expect(judge(input(text), "de")).toEqual({ vague: false, reasons: [], suggestion: null });
	});

	it("reports every firing rule in rule order", () => {
		const verdict = judge(input("Auf Entscheidung warten", { date: null }), "de");
		expect(verdict.reasons).toEqual(["vague-phrase", "waiting-verb", "no-date", "no-person"]);
		const mixed = judge(input("Zum Geburtstag gratulieren und das Angebot mitschicken", { date: null }), "de");
		expect(mixed.reasons).toEqual(["no-date", "no-person", "mixed-purpose"]);
	});

	it("takes the suggestion from the first firing vague rule", () => {
		const both = input("Auf Entscheidung warten", { date: null });
		expect(judge(both, "de").suggestion).toBe(VAGUENESS_RULES[0]?.check(both, "de"));
		const undated = input("Frau Gerens das Konzept vorstellen", { date: null });
		expect(judge(undated, "de").suggestion).toContain("Datum");
		expect(judge(undated, "en").suggestion).toContain("date");
	});

	it("never makes an activity vague for hints alone", () => {
		const verdict = judge(input("Zum Geburtstag gratulieren und das Angebot mitschicken"), "en");
		expect(verdict).toEqual({ vague: false, reasons: ["no-person", "mixed-purpose"], suggestion: null });
	});

	it("speaks the asked language", () => {
		const at = input("Um Rückruf bitten");
		expect(judge(at, "de").suggestion).toMatch(/anrufen/);
		expect(judge(at, "en").suggestion).toMatch(/call/);
		expect(judge(at, "de").suggestion).not.toBe(judge(at, "en").suggestion);
	});

	it("never judges done or cancelled activities vague", () => {
		for (const status of ["done", "cancelled"] as const) {
			expect(judge(input("Um Rückruf bitten", { date: null, status }), "de")).toEqual({ vague: false, reasons: [], suggestion: null });
		}
	});
});

describe("toVaguenessInput", () => {
	const reduce = (text: string) => toVaguenessInput(text, { status: "open", date: null }).text;

	it("reduces links to what the reader sees", () => {
		expect(reduce("[[Kunden/Meier GmbH|Meier]] anrufen")).toBe("Meier anrufen");
		expect(reduce("[[Meier GmbH#Kontakte]] anrufen")).toBe("Meier GmbH anrufen");
		expect(reduce("[Frau Gerens](Kontakte/Gerens.md) anrufen")).toBe("Frau Gerens anrufen");
	});

	it("drops code spans, Tasks fields and dataview fields", () => {
		expect(reduce("Angebot `warten` schicken")).toBe("Angebot schicken");
		expect(reduce("Anrufen 📅 2026-11-30 ⏳ 2026-11-29 🛫 2026-11-28 ✅ 2026-11-30 ➕ 2026-11-01")).toBe("Anrufen");
		expect(reduce("Anrufen ⏫ 🔁 every week 📅 2026-11-30")).toBe("Anrufen");
		expect(reduce("Anrufen [fällig:: 2026-12-01] (person:: [[Meier]])")).toBe("Anrufen");
	});

	it("folds, and reads decomposed umlauts like composed ones", () => {
		const decomposed = "Um Ru\u0308ckruf bitten";
		expect(toVaguenessInput(decomposed, { status: "open", date: null }).folded).toBe("um rueckruf bitten");
		expect(judge(toVaguenessInput(decomposed, { status: "open", date: "2026-11-30" }), "de").reasons).toContain("vague-phrase");
	});

	it("keeps status, date, people and phrases as given", () => {
		const at = toVaguenessInput("x", { status: "done", date: "2026-11-30", people: ["Gerens"], extraPhrases: ["Kontakt halten"] });
		expect(at).toMatchObject({ status: "done", date: "2026-11-30", people: ["Gerens"], extraPhrases: ["Kontakt halten"] });
	});

	it("does not let a code span or link target make an activity vague", () => {
		expect(judge(toVaguenessInput("Frau Gerens anrufen `warten`", { status: "open", date: "2026-11-30" }), "de").vague).toBe(false);
		expect(judge(toVaguenessInput("[[Auf Entscheidung warten|Frau Gerens]] anrufen", { status: "open", date: "2026-11-30" }), "de").vague).toBe(false);
	});
});
