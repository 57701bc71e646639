import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/settings";
import { readSettings } from "../../../src/core/settings/validate";

describe("stored settings", () => {
	it("falls back to the defaults for nothing or garbage", () => {
		expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
		expect(readSettings("kaputt").settings).toEqual(DEFAULT_SETTINGS);
	});

	it("round-trips valid settings", () => {
		const stored = {
			customerFolders: ["Vertrieb/Kunden", "Archiv"],
			customerMarkers: ["kategorie: Kunde", "type: client"],
			defaultPhaseModel: "beziehung",
			customPhaseModels: [
				{
					id: "messe",
					name: "Messe",
					aliases: [],
					phases: [
						{ name: "Kontakt", aliases: ["contact"] },
						{ name: "Demo", aliases: [] },
					],
				},
			],
			abcThresholds: { a: 0.7, b: 0.9 },
			contactIntervals: { A: 7, B: 21, C: 60 },
			dailyNoteFormat: "DD.MM.YYYY",
			dailyNoteFolder: "Journal",
			extraVaguePhrases: ["Kontakt halten"],
			language: "en",
			birthdayDays: 14,
			goalsNote: "Ziele/Plan {{jahr}}.md",
		};
		const { settings, problems } = readSettings(stored);
		expect(problems).toEqual([]);
		expect(settings).toEqual({
			...stored,
			templateFolders: ["Vorlagen", "Templates"],
			customPhaseModels: [{ id: "messe", name: { de: "Messe", en: "Messe" }, aliases: [], phases: stored.customPhaseModels[0]?.phases }],
		});
	});

	it("names each bad value and keeps its default", () => {
		const { settings, problems } = readSettings({
			customerFolders: "Kunden",
			customerMarkers: ["nur ein Wort"],
			abcThresholds: { a: 0.9, b: 0.5 },
			contactIntervals: { A: -1, B: 30, C: 90 },
			language: "fr",
			birthdayDays: 1.5,
			customPhaseModels: [{ id: "x", phases: ["nur eine"] }],
		});
		expect(problems.sort()).toEqual([
			"abcThresholds",
			"birthdayDays",
			"contactIntervals",
			"customPhaseModels",
			"customerFolders",
			"customerMarkers",
			"language",
		]);
		expect(settings).toEqual(DEFAULT_SETTINGS);
	});
});
