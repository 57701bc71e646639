import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { previewActivity } from "../../../src/core/vagueness/preview";

const dates = createDateExtractor();
const preview = (text: string, people: string[] = [], date?: string | null, lang: "de" | "en" = "de") =>
	previewActivity({ text, reference: "2026-11-23", people, extraPhrases: [], date }, dates, lang);

describe("previewActivity: one verdict for both editing windows", () => {
	it("calls a follow-up word with a date vague, and names no person that is not there", () => {
		const p = preview("Kontakt halten am 1.12.", ["Holger Vogt (Inhaber)"]);
		expect(p.date).toBe("2026-12-01");
		expect(p.vague).toBe(true);
		expect(p.reasons).toEqual(["no-action", "no-person"]);
		expect(p.message).toMatch(/^Vage \(ohne Handlung, keine Person\): /);
		expect(p.message).toContain("„Holger Vogt anrufen und fragen, wie es um unser Angebot steht 📅 2026-11-24“");
		expect(p.message).not.toContain("Person und Handlung sind genannt");
	});

	it("says a hint of a concrete line, with the dossier's person as the example", () => {
		const p = preview("Am 1.12. das Konzept vorstellen", ["Katrin Albers"]);
		expect(p.vague).toBe(false);
		expect(p.reasons).toEqual(["no-person"]);
		expect(p.message).toBe("Konkret, aber keine Person: Wen genau? Nennen Sie die Person, z. B. „Katrin Albers“ oder „den Entscheider“");
		expect(preview("Present the concept on 1 December", [], undefined, "en").message).toBe(
			"Concrete, but no person: Whom exactly? Name the person, e.g. “the decision maker” or “purchasing”",
		);
	});

	it("calls a line with date, person and action concrete", () => {
		const p = preview("Am 1.12. Frau Albers das Konzept vorstellen");
		expect(p).toEqual({ date: "2026-12-01", vague: false, reasons: [], message: "Konkret: Datum, Person und Handlung sind genannt." });
	});

	it("takes a date given beside the text over one read from it", () => {
		expect(preview("Frau Albers das Konzept vorstellen", [], "2026-12-07").date).toBe("2026-12-07");
		expect(preview("Frau Albers das Konzept vorstellen").reasons).toEqual(["no-date"]);
	});

	it("says nothing about an empty text", () => {
		expect(preview("   ")).toEqual({ date: null, vague: false, reasons: [], message: "" });
	});
});
