import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../src/core/index/build-index";
import type { Lang } from "../../../src/core/i18n/lang";
import { withDefaults } from "../../../src/core/settings/settings";
import { activityObject } from "../../../src/core/vagueness/activity-object";
import { addressee, personName } from "../../../src/core/vagueness/addressee";
import { createVaguenessMemo } from "../../../src/core/vagueness/memo";
import { nextWorkingDay } from "../../../src/core/vagueness/next-working-day";
import { judge } from "../../../src/core/vagueness/rules";
import { input } from "./run-examples";

const VAGUE = [
	"Akquisition im Raum Süd erhöhen",
	"Auf Entscheidung warten",
	"Bestellung annehmen",
	"Ansprechpartner erreichen",
	"Um Rückruf bitten",
	"Kunde meldet sich nach dem Urlaub",
	"Angebot nachfassen",
	"Das Angebot schicken",
	"Increase prospecting",
	"Wait for their decision",
	"Take the order",
	"Try to reach the contact",
	"Ask for a callback",
	"Follow up on the quote",
	"Send the quote",
];

const vaultWith = (decider: string) => [
	{ path: "Kunden/Kunde.md", text: `---\ntyp: kunde\nentscheider:\n  - ${decider}\n---\n- [ ] Angebot nachfassen 📅 2026-12-01\n- [ ] Um Rückruf bitten\n` },
];

describe("suggestions come from the activity and its customer, never from fixed examples", () => {
	it.each(VAGUE.flatMap((text) => (["de", "en"] as Lang[]).map((lang) => [text, lang] as const)))(
		"„%s“ (%s) names the dossier's person and a working day after today",
		(text, lang) => {
			const people = ["Holger Vogt (Inhaber)", "Simone Busch"];
			const { suggestion } = judge(input(text, { date: null, people, today: "2027-02-26" }), lang);
			expect(suggestion).not.toBeNull();
			expect(suggestion).toContain("📅 2027-03-01");
			expect(suggestion).not.toMatch(/Gerens|Meier|Scharens|Kaiser|2026-/);
			if (!/schicken|Send/.test(text)) expect(suggestion).toContain("Holger Vogt");
		},
	);

	it("says the decision maker generically when the dossier names nobody", () => {
		expect(judge(input("Um Rückruf bitten", { people: [] }), "de").suggestion).toContain(
			"„Den Entscheider anrufen und den nächsten Schritt klären 📅 2026-11-24“",
		);
		expect(judge(input("Bestellung annehmen", { people: [] }), "de").suggestion).toContain("„Dem Entscheider die Auftragsbestätigung");
		expect(judge(input("Ask for a callback", { people: [] }), "en").suggestion).toContain("“Call the decision maker and settle the next step 📅 2026-11-24”");
	});

	it("gives the same activity in two vaults each vault's own person", () => {
		for (const [decider, name] of [
			["Katrin Albers (Hoteldirektorin)", "Katrin Albers"],
			["Holger Vogt", "Holger Vogt"],
		]) {
			const index = buildIndex(vaultWith(decider as string), withDefaults({}), "2026-11-23");
			const suggestions = index.activities.map((a) => a.suggestion ?? "");
			expect(suggestions).toHaveLength(2);
			for (const s of suggestions) {
				expect(s).toContain(`${name} anrufen`);
				expect(s).toContain("📅 2026-11-24");
				expect(s).not.toMatch(/Gerens|Meier/);
			}
		}
	});

	it("proposes a working day after a review's date, whatever the year", () => {
		const index = buildIndex(vaultWith("Holger Vogt"), withDefaults({}), "2027-03-01");
		for (const a of index.activities) expect(a.suggestion).toContain("📅 2027-03-02");
	});
});

describe("whom a suggestion names", () => {
	const who = (text: string, people: string[], lang: Lang = "de") => addressee(people, lang, text, createVaguenessMemo()).accusative;
	const people = ["Wolfgang Meier (Seniorpartner)", "Julia Meier-Roth", "Simone Busch (Kanzleimanagerin)"];

	it("prefers the customer's person the line already names", () => {
		expect(who("Bitte um Rückruf bei Frau Busch", people)).toBe("Simone Busch");
		expect(who("Auf Antwort von Frau Meier-Roth warten", people)).toBe("Julia Meier-Roth");
		expect(who("Meier & Partner: Bitte um Rückruf bei Frau Busch", people)).toBe("Simone Busch");
	});

	it("else a person the line names with a title, else the dossier's first person, else the decision maker", () => {
		expect(who("Auf die Rückmeldung von Herrn Wendt warten", people)).toBe("Herrn Wendt");
		expect(who("Hr. Wendt bitten, sich zu melden", people)).toBe("Herrn Wendt");
		expect(who("Try to reach Mr. Brenner", [], "en")).toBe("Mr. Brenner");
		expect(who("Bitte um Rückruf von Herrn Vogt", [], "en")).toBe("Mr Vogt");
		expect(who("Dem Herrn das Angebot schicken", people)).toBe("Wolfgang Meier");
		expect(who("Auf die Entscheidung warten", people)).toBe("Wolfgang Meier");
		expect(who("Auf die Entscheidung warten", [])).toBe("den Entscheider");
	});

	it("declines a title the dossier writes: „Herrn Kaiser anrufen“, as a line's „Hr. Kaiser“", () => {
		expect(who("Auf die Entscheidung warten", ["Herr Kaiser (Braumeister)"])).toBe("Herrn Kaiser");
		expect(who("Um Rückruf bitten", ["Hr. Dr. Kaiser"])).toBe("Herrn Dr. Kaiser");
		expect(who("Bitte um Rückruf von Herrn Kaiser", ["Herr Kaiser"])).toBe("Herrn Kaiser");
		expect(who("Um Rückruf bitten", ["Herrn Kaiser", "Frau Roth"])).toBe("Herrn Kaiser");
		expect(who("Um Rückruf bitten", ["Fr. Roth"])).toBe("Frau Roth");
		expect(who("Um Rückruf bitten", ["Dr. Roth", "Herrmann Kaiser"])).toBe("Dr. Roth");
		expect(who("Um Rückruf bitten", ["Herrmann Kaiser"])).toBe("Herrmann Kaiser");
		expect(who("Ask for a callback", ["Herr Kaiser"], "en")).toBe("Mr Kaiser");
		expect(addressee(["Herr Kaiser"], "de", "Bestellung annehmen", createVaguenessMemo()).dative).toBe("Herrn Kaiser");
	});

	it("shortens a long line after a whole word when it quotes it", () => {
		const said = judge(input("Ausschreibungsunterlagen Rechenzentrum anfordern, sobald veröffentlicht und geprüft", { date: null }), "de").suggestion;
		expect(said).toContain("„Ausschreibungsunterlagen Rechenzentrum anfordern, sobald … 📅 2026-11-24“");
	});
});

describe("nextWorkingDay", () => {
	it.each([
		["2026-11-23", "2026-11-24"],
		["2026-11-26", "2026-11-27"],
		["2026-11-27", "2026-11-30"],
		["2026-11-28", "2026-11-30"],
		["2026-11-29", "2026-11-30"],
		["2026-12-31", "2027-01-01"],
		["2027-02-26", "2027-03-01"],
		["2028-02-28", "2028-02-29"],
	])("after %s comes %s", (today, next) => {
		expect(nextWorkingDay(today)).toBe(next);
	});
});

describe("activityObject", () => {
	it.each([
		["Angebot nachfassen", "das Angebot"],
		["Wartungsvertrag bei Herrn Vogt nachhaken", "den Wartungsvertrag"],
		["Auf die Entscheidung der Partner warten", "die Entscheidung"],
		["Nachfassen wegen der Muster", "die Muster"],
		["Referenzbesuch vereinbaren", "den Referenzbesuch"],
		["Kunde meldet sich", null],
		["Nachfassen", null],
		["Preisliste schicken", null],
	])("in German „%s“ is about %s", (text, object) => {
		expect(activityObject(text, "de")).toBe(object);
	});

	it.each([
		["Follow up on the quote", "the quote"],
		["Touch base about the renewal", "the renewal"],
		["Touch base", null],
	])("in English „%s“ is about %s", (text, object) => {
		expect(activityObject(text, "en")).toBe(object);
	});
});

describe("personName", () => {
	it.each([
		["Wolfgang Meier (Seniorpartner, hat das letzte Wort)", "Wolfgang Meier"],
		["Dr. Anna Gerens", "Dr. Anna Gerens"],
		["[[Personen/Katrin Albers|Katrin Albers]]", "Katrin Albers"],
		["Holger Vogt, Inhaber", "Holger Vogt"],
		["Stefan Ruhland – Haustechnik", "Stefan Ruhland"],
		["(nur Rolle)", null],
		["", null],
	])("„%s“ → %s", (written, name) => {
		expect(personName(written)).toBe(name);
	});
});
