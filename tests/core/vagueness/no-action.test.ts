import { describe, expect, it } from "vitest";
import { examples, noAction } from "../../../src/core/vagueness/no-action";
import { fires, input, runExamples } from "./run-examples";

runExamples(noAction, examples);

describe("no-action: follow-up words without what is to be done", () => {
	it.each([
		"Nachfassen",
		"nachfassen",
		"Kontakt halten",
		"dranbleiben",
		"Follow-up",
		"follow up",
		"nachhaken",
		"touch base",
		"check in",
		"Nachfassen 📅 2026-12-01",
		"Kontakt halten am 1.12.",
		"Angebot bei Frau Gerens nachfassen",
		"Herrn Meier wegen des Angebots nachhaken",
		"Am Ball bleiben",
		"In Kontakt bleiben mit Herrn Kaiser",
		"Wir fassen nächste Woche nach",
		"Angebot nachhalten",
		"Follow up with Mrs. Jones on the quote",
		"Keep in touch with the buyer",
		"Followup re offer",
	])("fires on „%s“", (text) => {
		expect(fires(noAction, text)).toBe(true);
	});

	it.each([
		// An action of our own, or the question to be asked, says what is to be done.
		"Angebot nachfassen: Frau Gerens fragen, ob die Preise passen",
		"Nachfassen: Herrn Meier anrufen und den Termin bestätigen",
		"Beim Einkauf nachhaken, ob die Bestellung raus ist",
		"Follow up: send Mrs. Jones the revised quote",
		"Follow-up call with Mr. Smith to confirm the order",
		"Touch base with purchasing and schedule the demo",
		// No follow-up word at all.
		"Kontaktdaten prüfen",
		"Kontaktformular ausfüllen lassen",
		"Frau Gerens das Konzept vorstellen",
		"Nachhaltigkeitsbericht an Herrn Meier schicken",
		"Check the delivery note",
		"Checkliste für den Besuch",
		"Check-in im Hotel um 15 Uhr",
		"Send the follow-up offer to Mrs. Jones",
	])("stays quiet on „%s“", (text) => {
		expect(fires(noAction, text)).toBe(false);
	});

	it("fires whatever the date", () => {
		expect(fires(noAction, "Nachfassen", { date: "2026-12-01" })).toBe(true);
		expect(fires(noAction, "Nachfassen", { date: null })).toBe(true);
	});

	it("suggests the dossier's first person, the line's own object and the next working day", () => {
		const said = noAction.check(input("Angebot nachfassen", { people: ["Wolfgang Meier (Seniorpartner)", "Simone Busch"], today: "2026-11-27" }), "de");
		expect(said).toContain("„Wolfgang Meier anrufen und fragen, wie es um das Angebot steht 📅 2026-11-30“");
		const en = noAction.check(input("Follow up on the quote", { people: ["Mary Jones"], today: "2026-11-27" }), "en");
		expect(en).toContain("“Call Mary Jones and ask where the quote stands 📅 2026-11-30”");
	});

	it("names the decision maker generically when the dossier names nobody", () => {
		expect(noAction.check(input("Nachfassen", { people: [] }), "de")).toContain(
			"„Den Entscheider anrufen und fragen, wie es um unser Angebot steht 📅 2026-11-24“",
		);
		expect(noAction.check(input("Follow-up", { people: [] }), "en")).toContain("“Call the decision maker and ask where our offer stands 📅 2026-11-24”");
	});
});
