import { describe, expect, it } from "vitest";
import { examples, waitingVerb } from "../../../src/core/vagueness/waiting-verb";
import { fires, runExamples } from "./run-examples";

runExamples(waitingVerb, examples);

describe("waiting-verb: edge cases", () => {
	it.each([
		"warten",
		"Wartet auf Freigabe",
		"Ich warte",
		"Lange gewartet",
		"abwarten",
		"Wir haben abgewartet",
		"Wartend auf Antwort",
		"versuchen",
		"Versucht anzurufen",
		"Ich versuche es",
		"Ein Versuch",
		"probieren",
		"Nochmal probiert",
		"hoffen",
		"Hofft auf Zusage",
		"Ich hoffe",
		"Haben gehofft",
		"hoffentlich klappt es",
		"Auftrag erhoffen",
		"wait",
		"waits",
		"Waiting for approval",
		"waited",
		"Awaiting feedback",
		"try",
		"tries",
		"trying",
		"tried",
		"Attempt a call",
		"hope",
		"hopes",
		"hoping",
		"hoped",
		"hopefully",
	])("fires on „%s“", (text) => {
		expect(fires(waitingVerb, text)).toBe(true);
	});

	it.each([
		"Wartung der Anlage besprechen",
		"Wartungsvertrag anbieten",
		"Versuchsaufbau zeigen",
		"Erwartungen klären",
		"Was erwarten Sie?",
		"Erwartung abfragen",
		"Entry-level model",
		"country manager",
		"Let them try out the machine",
		"Ausprobieren lassen",
		"Sternwartenbesuch",
		"Hoffmann anrufen",
	])("stays quiet on „%s“", (text) => {
		expect(fires(waitingVerb, text)).toBe(false);
	});
});

describe("waiting-verb: someone else acts and we wait for it", () => {
	it.each([
		"Kunde meldet sich",
		"Kunde meldet sich (nach dem Urlaub)",
		"Kunde meldet sich nach dem Urlaub",
		"Herr Müller ruft zurück",
		"Hr. Müller bitten, sich zu melden",
		"Herrn Müller bitten, sich zu melden",
		"Frau Gerens meldet sich nächste Woche",
		"Einkauf meldet sich bei uns",
		"Herr Kaiser ruft morgen zurück",
		"Frau Gerens ruft nach dem Urlaub an",
		"Herrn Meier bitten, sich bei uns zurückzumelden",
		"Frau Albers gibt Bescheid",
		"waiting for",
		"Waiting for the purchasing department",
		"customer gets back to us",
		"they will call back",
		"They'll get back to me next week",
		"Mr. Smith calls us back",
		"Purchasing will let us know",
		"Hear back from Mrs. Jones",
	])("fires on „%s“", (text) => {
		expect(fires(waitingVerb, text)).toBe(true);
	});

	it.each([
		"Herrn Müller anrufen und den Termin bestätigen",
		"Herrn Meier zurückrufen",
		"Herrn Müller anrufen",
		"Sich bei Herrn Meier melden und den Termin bestätigen",
		"Anmeldung zur Hausmesse an Frau Gerens schicken",
		"Rufnummer von Herrn Kaiser prüfen",
		"Rückrufnummer notieren",
		"Anruf bei Herrn Kaiser: Termin bestätigen",
		"Call back Mrs. Jones",
		"Call Mr. Smith back about the price",
		"Get back to Mrs. Jones with the price",
		"Let us know-how workshop for the buyer",
	])("stays quiet on „%s“", (text) => {
		expect(fires(waitingVerb, text)).toBe(false);
	});
});
