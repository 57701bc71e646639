import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toIcs } from "../../../src/core/export/to-ics";
import { customer, index } from "../index/build";

const notes = {
	"Kunden/Müller.md": customer(
		"firma: Müller Maschinenbau, Werk 2; Süd",
		[
			"- [ ] Frau Gerens anrufen wg. Angebot, Rabatt; \\Preis 📅 2026-11-30",
			"- [ ] Messe vorbereiten 10.–12.12.2026",
			"- [x] Angebot geschickt ✅ 2026-11-20",
			"- [ ] Auf Entscheidung warten 📅 2026-12-02",
			"- [ ] Frau Gerens morgen anrufen",
			"- 2026-12-03 Besuch bei Frau Gerens",
			"",
		].join("\n"),
	),
	"Besprechungen/2026-11-19 Runde.md": '---\nkunde: "[[Müller]]"\n---\n- [ ] Protokoll an Herrn Kaiser schicken 📅 2026-11-25\n',
};

type Event = { uid: string; summary: string; start: string; end: string; allDay: boolean; description: string; url: string };

/** The calendar as an independent parser (ical.js) reads it. */
function parse(ics: string): Event[] {
	const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
	return calendar.getAllSubcomponents("vevent").map((c) => {
		const e = new ICAL.Event(c);
		return {
			uid: e.uid,
			summary: e.summary,
			start: e.startDate.toString(),
			end: e.endDate.toString(),
			allDay: e.startDate.isDate,
			description: e.description,
			url: String(c.getFirstPropertyValue("url")),
		};
	});
}

describe("toIcs", () => {
	const ics = toIcs(index(notes), { vaultName: "Vertrieb & Co", lang: "de" });
	const events = parse(ics);

	it("round-trips through ical.js: one all-day event per open dated activity, in date order", () => {
		expect(events.map((e) => [e.start, e.end, e.summary])).toEqual([
			["2026-11-25", "2026-11-26", "Müller Maschinenbau, Werk 2; Süd: Protokoll an Herrn Kaiser schicken"],
			["2026-11-30", "2026-12-01", "Müller Maschinenbau, Werk 2; Süd: Frau Gerens anrufen wg. Angebot, Rabatt; \\Preis"],
			["2026-12-02", "2026-12-03", "Müller Maschinenbau, Werk 2; Süd: Auf Entscheidung warten (vage)"],
			["2026-12-03", "2026-12-04", "Müller Maschinenbau, Werk 2; Süd: 2026-12-03 Besuch bei Frau Gerens"],
			["2026-12-10", "2026-12-13", "Müller Maschinenbau, Werk 2; Süd: Messe vorbereiten 10.–12.12.2026"],
		]);
		expect(events.every((e) => e.allDay)).toBe(true);
	});

	it("writes DTSTART and DTEND as dates, DTEND the day after the last day of a period", () => {
		expect(ics).toContain("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261213\r\n");
	});

	it("leaves out done activities and floating dates (they would move every day)", () => {
		expect(events.some((e) => e.summary.includes("Angebot geschickt") || e.summary.includes("morgen"))).toBe(false);
	});

	it("links back to the note with an obsidian:// URL, vault and file encoded, and names the note in the description", () => {
		const meeting = events.find((e) => e.summary.includes("Protokoll")) as Event;
		expect(meeting.url).toBe("obsidian://open?vault=Vertrieb%20%26%20Co&file=Besprechungen%2F2026-11-19%20Runde");
		expect(meeting.description).toBe("Besprechungen/2026-11-19 Runde.md\nKunde: Kunden/Müller.md");
		const vague = events.find((e) => e.summary.includes("Entscheidung")) as Event;
		expect(vague.description).toMatch(/^Kunden\/Müller\.md\nVorschlag: /);
	});

	it("is a well-formed calendar: CRLF lines of at most 75 octets, one DTSTAMP from the index's day, unique UIDs", () => {
		expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
		expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(new Set(ics.match(/^DTSTAMP:[^\r]*/gm))).toEqual(new Set(["DTSTAMP:20261123T000000Z"]));
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
	});

	it("speaks English when told", () => {
		const en = parse(toIcs(index(notes), { vaultName: "V", lang: "en" }));
		expect(en.find((e) => e.summary.includes("Entscheidung"))?.summary).toMatch(/\(vague\)$/);
	});

	it("gives an empty calendar for a vault without open dated activities", () => {
		expect(parse(toIcs(index({}), { vaultName: "V", lang: "de" }))).toEqual([]);
	});
});
