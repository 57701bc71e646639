import { describe, expect, it } from "vitest";
import { customer, json } from "./build";

describe("reference date of a line (CONTRACT)", () => {
	it("is the nearest heading above with a date; a customer note's erstellt is none, so the first line floats", () => {
		const body = [
			"- [ ] morgen A anrufen",
			"## 2026-11-02 Planung",
			"- [ ] übermorgen B anrufen",
			"### Notizen",
			"- [ ] morgen C anrufen",
			"## 10.11.2026",
			"- [ ] in 2 Wochen D anrufen",
		].join("\n");
		const activities = json({ "Kunden/K.md": customer("erstellt: 2026-01-05", body) }).activities;
		expect(activities.map((a) => [a.date, a.floating])).toEqual([
			["2026-11-24", true],
			["2026-11-04", false],
			["2026-11-03", false],
			["2026-11-24", false],
		]);
		expect(activities[0]?.reasons).toContain("floating-date");
	});

	it("falls back to today when erstellt names an impossible day, instead of failing the index", () => {
		const out = json({ "Kunden/K.md": customer("erstellt: 2026-02-31", "- [ ] Herrn Meier morgen anrufen") });
		expect(out.activities[0]?.date).toBe("2026-11-24");
	});

	it("ignores headings with relative words", () => {
		const out = json({ "Kunden/K.md": "## Nächste Woche\n- [ ] morgen anrufen\n" });
		expect(out.activities[0]?.date).toBe("2026-11-24");
	});

	it("is the daily note's date in a daily note, else erstellt/created, else today", () => {
		const out = json({
			"Kunden/K.md": "# K\n",
			"Tagesnotizen/2026-11-10.md": "- [ ] [[K]] übermorgen anrufen\n",
			"Notizen/Besuch.md": "---\ncreated: 2026-10-01\n---\n- [ ] [[K]] übermorgen anrufen\n",
			"Notizen/Ohne.md": "- [ ] [[K]] übermorgen anrufen\n",
		});
		expect(out.activities.map((a) => [a.path, a.date])).toEqual([
			["Notizen/Besuch.md", "2026-10-03"],
			["Notizen/Ohne.md", "2026-11-25"],
			["Tagesnotizen/2026-11-10.md", "2026-11-12"],
		]);
	});

	it("takes the year nearest to the reference, and a written year always", () => {
		const out = json({ "Kunden/K.md": "## 2027-01-10 Jahresplanung\n- [ ] am 20.12. anrufen\n- [ ] am 20.12.2027 anrufen\n" });
		expect(out.activities.map((a) => a.date)).toEqual(["2026-12-20", "2027-12-20"]);
	});

	it("follows the daily-note format from the settings", () => {
		const out = json({ "Kunden/K.md": "# K\n", "Journal/20.11.2026.md": "- [[K]] angerufen\n" }, { dailyNoteFormat: "DD.MM.YYYY" });
		expect(out.activities[0]?.date).toBe("2026-11-20");
	});
});
