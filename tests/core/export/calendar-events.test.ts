import { describe, expect, it } from "vitest";
import { calendarEvents } from "../../../src/core/export/calendar-events";
import { stableHash } from "../../../src/core/export/stable-hash";
import { customer, index } from "../index/build";

const uids = (notes: Record<string, string>) => new Map(calendarEvents(index(notes)).map((e) => [e.activity.text, e.uid]));
const note = (...lines: string[]) => customer("firma: Müller", `${lines.join("\n")}\n`);

describe("calendar event UIDs", () => {
	const call = "- [ ] Frau Gerens anrufen 📅 2026-11-30";
	const visit = "- [ ] Besuch vorbereiten 📅 2026-12-04";

	it("stay when the line moves within its note", () => {
		const before = uids({ "Kunden/Müller.md": note(call, visit) });
		const after = uids({ "Kunden/Müller.md": note("# Neu", "", "Prosa davor.", visit, "- [x] erledigt ✅ 2026-11-20", call) });
		expect(after).toEqual(before);
	});

	it("stay when the task is rescheduled through its 📅 date, so a re-import moves the event", () => {
		const before = uids({ "Kunden/Müller.md": note(call) });
		const after = uids({ "Kunden/Müller.md": note("- [ ] Frau Gerens anrufen 📅 2026-12-07") });
		expect([...after.values()]).toEqual([...before.values()]);
	});

	it("differ for another note, another customer or other words", () => {
		const one = uids({ "Kunden/Müller.md": note(call) }).get("Frau Gerens anrufen 📅 2026-11-30");
		const moved = uids({ "Kunden/Müller2.md": note(call) }).get("Frau Gerens anrufen 📅 2026-11-30");
		const reworded = uids({ "Kunden/Müller.md": note("- [ ] Herrn Gerens anrufen 📅 2026-11-30") }).get("Herrn Gerens anrufen 📅 2026-11-30");
		expect(new Set([one, moved, reworded]).size).toBe(3);
	});

	it("tell identical lines apart by their order, and the first keeps the UID it had alone", () => {
		const alone = uids({ "Kunden/Müller.md": note(call) });
		const events = calendarEvents(index({ "Kunden/Müller.md": note(call, call) }));
		expect(events.map((e) => e.uid)).toEqual([alone.get("Frau Gerens anrufen 📅 2026-11-30"), expect.stringMatching(/^[0-9a-f]{16}@kundendossier$/)]);
		expect(new Set(events.map((e) => e.uid)).size).toBe(2);
	});

	it("give an item of two customers one event for each", () => {
		const notes = {
			"Kunden/A.md": customer("firma: A"),
			"Kunden/B.md": customer("firma: B"),
			"Notizen/Runde.md": "- [ ] [[A]] und [[B]] einladen 📅 2026-12-01\n",
		};
		const events = calendarEvents(index(notes));
		expect(events.map((e) => e.activity.customer)).toEqual(["Kunden/A.md", "Kunden/B.md"]);
		expect(events[0]?.uid).not.toBe(events[1]?.uid);
	});
});

describe("stableHash", () => {
	it("is FNV-1a 64 over UTF-8 (known values)", () => {
		expect(stableHash("")).toBe("cbf29ce484222325");
		expect(stableHash("a")).toBe("af63dc4c8601ec8c");
		expect(stableHash("foobar")).toBe("85944171f73967e8");
	});
});
