import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/text/fold";
import { examples, vaguePhrase } from "../../../src/core/vagueness/vague-phrase";
import { fires, input, runExamples } from "./run-examples";

runExamples(vaguePhrase, examples);

describe("vague-phrase: the DOMAIN pseudo-activities, tolerantly", () => {
	it.each([
		"Akquisition erhöhen",
		"Auf Entscheidung warten",
		"Bestellung annehmen",
		"Ansprechpartner zu erreichen versuchen",
		"Um Rückruf bitten",
		"Bitte um Rückruf bei Herrn Meier",
		"Akquisition im Raum Süd erhöhen",
		"auf die Entscheidung des Einkaufs warten",
		"Herrn Kaiser um einen Rückruf bitten",
		"Bestellung von Frau Scharens annehmen",
		"Versuchen, den Ansprechpartner zu erreichen",
		"Neukundenakquise steigern",
		"Mehr Akquise im Süden",
		"Do more prospecting",
		"Kaufentscheidung abwarten",
		"Frau Scharens nimmt die Bestellung an",
		"Folgeauftrag entgegennehmen",
		"Ansprechpartner erreichen",
		"RUECKRUF ERBITTEN",
		"Rückrufbitte hinterlassen",
		"Herrn Meier um Rückmeldung bitten",
		"Auf Rückruf warten",
		"Increase prospecting",
		"Wait for their decision",
		"Await the decision of purchasing",
		"Take the order",
		"Accept orders from ACME",
		"Try to reach the contact",
		"Try to reach our new main contact",
		"Versuche, Kontakt zu Herrn Kaiser zu erreichen",
		"Ask Mr. Smith for a callback",
		"Request a call back from purchasing",
		"Ask him to call me back",
	])("fires on „%s“", (text) => {
		expect(fires(vaguePhrase, text)).toBe(true);
	});

	it.each([
		"Bestellformular verschicken",
		"Entscheidungsvorlage erstellen",
		"Wartungsvertrag anbieten",
		"Akquisitionsplan vorstellen",
		"Blumen bestellen",
		"Rückruf bei Herrn Meier am Montag",
		"Herrn Meier zurückrufen",
		"Ziel erreichen",
		"Erwartungen an die Entscheidung klären",
		"Call back Mrs. Jones",
		"Order brochures",
		"Make a decision on the booth",
		"Contact Mr. Smith to reach an agreement",
		"Mehr über die Akquisitionspläne des Wettbewerbers erfahren",
		"Learn more about the competitor's acquisition",
	])("stays quiet on „%s“", (text) => {
		expect(fires(vaguePhrase, text)).toBe(false);
	});

	it("answers in the asked language", () => {
		const at = input("Um Rückruf bitten");
		expect(vaguePhrase.check(at, "de")).toContain("anrufen");
		expect(vaguePhrase.check(at, "en")).toContain("call");
	});
});

describe("vague-phrase: the user's own phrases", () => {
	const extra = ["Kontakt halten", "Auf den Zuschlag hoffen", "Stay in touch"];
	it.each(["Kontakt zu Frau Gerens halten", "Kontakte halten", "Weiter auf den Zuschlag von ACME hoffen", "Stay in touch with Mrs. Jones"])(
		"fires on „%s“",
		(text) => {
			expect(fires(vaguePhrase, text, { extra })).toBe(true);
		},
	);
	it.each(["Kontaktdaten prüfen", "Zuschlag feiern", "Stay at the hotel"])("stays quiet on „%s“", (text) => {
		expect(fires(vaguePhrase, text, { extra })).toBe(false);
	});
	it("ignores empty and stopword-only phrases", () => {
		expect(fires(vaguePhrase, "Das Konzept vorstellen", { extra: ["", "der die das", "  "] })).toBe(false);
	});
	it("matches umlauts however they are written", () => {
		expect(fires(vaguePhrase, "Gruesse an Frau Gerens ausrichten", { extra: ["Grüße ausrichten"] })).toBe(true);
		expect(fires(vaguePhrase, "Grüße an Frau Gerens ausrichten", { extra: ["Gruesse ausrichten"] })).toBe(true);
	});
});

describe("vague-phrase: properties", () => {
	// Chunks keep fixed expressions together ("call back", "to reach"); filler goes between them.
	const phrases = [
		["Akquisition", "erhöhen"],
		["Auf", "Entscheidung", "warten"],
		["Bestellung", "annehmen"],
		["Ansprechpartner", "zu erreichen", "versuchen"],
		["Um", "Rückruf", "bitten"],
		["Increase", "prospecting"],
		["Wait", "for a decision"],
		["Take", "the order"],
		["Try", "to reach", "the contact"],
		["Ask", "for a callback"],
	];
	const filler = fc.oneof(
		fc.constantFrom("heute", "noch", "dringend", "Herrn Meier", "im Raum Süd", "bei der Firma Kaiser", "Mrs. Jones", "again", "💡", "–", "(KW 48)"),
		fc.stringMatching(/^[a-zäöüß]{1,10}$/),
	);

	it("still fires when filler words are inserted anywhere", () => {
		fc.assert(
			fc.property(fc.constantFrom(...phrases), fc.array(fc.array(filler, { maxLength: 3 }), { minLength: 4, maxLength: 4 }), (phrase, fills) => {
				const text = [...phrase.flatMap((chunk, i) => [...(fills[i] ?? []), chunk]), ...(fills[phrase.length] ?? [])].join(" ");
				expect(fires(vaguePhrase, text)).toBe(true);
			}),
		);
	});

	it("still fires in any word order and letter case", () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...phrases).chain((p) => fc.shuffledSubarray(p, { minLength: p.length, maxLength: p.length })),
				fc.boolean(),
				(words, upper) => {
					const text = words.join(" ");
					expect(fires(vaguePhrase, upper ? text.toUpperCase() : text)).toBe(true);
				},
			),
		);
	});

	it("fold() is idempotent on German and ASCII text", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(..."aAäÄoOöÖuUüÜßẞeE zZ-.,1éÉ") }), (s) => {
				expect(fold(fold(s))).toBe(fold(s));
			}),
		);
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(fold(fold(s))).toBe(fold(s));
			}),
		);
	});
});
