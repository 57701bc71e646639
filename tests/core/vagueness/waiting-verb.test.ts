import { describe, expect, it } from "vitest";
import { examples, waitingVerb } from "../../../src/core/vagueness/waiting-verb";
import { fires, runExamples } from "./run-examples";

runExamples(waitingVerb, examples);

describe("waiting-verb: edge cases", () => {
	it.each([
		"warten", "Wartet auf Freigabe", "Ich warte", "Lange gewartet", "abwarten", "Wir haben abgewartet", "Wartend auf Antwort",
		"versuchen", "Versucht anzurufen", "Ich versuche es", "Ein Versuch", "probieren", "Nochmal probiert",
		"hoffen", "Hofft auf Zusage", "Ich hoffe", "Haben gehofft", "hoffentlich klappt es", "Auftrag erhoffen",
		"wait", "waits", "Waiting for approval", "waited", "Awaiting feedback", "try", "tries", "trying", "tried", "Attempt a call",
		"hope", "hopes", "hoping", "hoped", "hopefully",
	])("fires on „%s“", (text) => {
		expect(fires(waitingVerb, text)).toBe(true);
	});

	it.each([
		"Wartung der Anlage besprechen", "Wartungsvertrag anbieten", "Versuchsaufbau zeigen", "Erwartungen klären", "Was erwarten Sie?",
		"Erwartung abfragen", "Entry-level model", "country manager", "Let them try out the machine", "Ausprobieren lassen",
		"Sternwartenbesuch", "Hoffmann anrufen",
	])("stays quiet on „%s“", (text) => {
		expect(fires(waitingVerb, text)).toBe(false);
	});
});
