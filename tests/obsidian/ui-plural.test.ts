import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { uiDe } from "../../src/obsidian/i18n/ui-de";
import { uiEn } from "../../src/obsidian/i18n/ui-en";

describe("the plugin's counts take the noun's singular for exactly one", () => {
	it("in the status bar and the lint notice", () => {
		expect(uiDe.status.counts(1, 2, 1)).toBe("1 Kunde · 2 offen · 1 vage");
		expect(uiEn.status.counts(1, 2, 1)).toBe("1 customer · 2 open · 1 vague");
		expect(uiDe.lint.summary(1, 1, 1)).toBe("1 Problem bei 1 Kunden, 1 Notiz nicht vollständig lesbar");
		expect(uiEn.lint.summary(1, 1, 1)).toBe("1 problem with 1 customer, 1 note not fully readable");
	});

	it("in the ABC window, the pinned dates, the refused lines and the overview's charts", () => {
		expect([1, 3].map((n) => [uiDe.abc.apply(n), uiEn.abc.apply(n)])).toEqual([
			["1 Klasse übernehmen", "Apply 1 class"],
			["3 Klassen übernehmen", "Apply 3 classes"],
		]);
		expect([0, 1].map((n) => [uiDe.pinDate.done(n), uiEn.pinDate.done(n)])).toEqual([
			["0 Daten festgeschrieben", "0 dates pinned"],
			["1 Datum festgeschrieben", "1 date pinned"],
		]);
		expect(uiDe.pinDate.refused(1)).toBe("1 Zeile wurde inzwischen geändert; nichts geschrieben. Bitte die Notiz prüfen.");
		expect(uiEn.pinDate.refused(2)).toBe("2 lines have changed in the meantime; nothing written. Please check the note.");
		expect([uiDe.overview.bar("Vertrauen", 1), uiDe.overview.cut("65 %", 2, "17 %")]).toEqual(["Vertrauen: 1 Kunde", "65 %: 2 Kunden (17 %)"]);
		expect([uiEn.overview.bar("Trust", 1), uiEn.overview.cut("65 %", 0, "0 %")]).toEqual(["Trust: 1 customer", "65 %: 0 customers (0 %)"]);
		expect([uiDe.tasks.vagueCount(1), uiDe.tasks.vagueCount(2)]).toEqual(["1 vage", "2 vage"]);
	});

	it("come from the count helper: no catalogue spells a plural by hand", () => {
		const dir = "src/obsidian/i18n";
		const byHand = readdirSync(dir).filter((name) => /[!=]== ?1 \?/.test(readFileSync(`${dir}/${name}`, "utf8")));
		expect(byHand).toEqual([]);
	});
});
