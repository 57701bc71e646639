import { describe, expect, it } from "vitest";
import { rejectProse } from "../../../../src/core/dates/refiners/reject-prose";
import type { NaturalMatch } from "../../../../src/core/dates/refiners/refiner";

const REF = "2026-11-23";
const match = (text: string, before: string, after: string): NaturalMatch => ({
	text,
	index: before.length,
	before,
	after,
	known: { weekday: 5 },
	resolved: "2026-11-27",
});

describe("rejectProse", () => {
	it("takes Fr. before a name for Frau, not Freitag", () => {
		expect(rejectProse(match("Fr", "", ". Schmitt anrufen"), REF, false)).toBeNull();
		expect(rejectProse(match("Fr.", "mit ", " Dr. Weber"), REF, false)).toBeNull();
	});

	it("keeps Fr. before a time, a clause's end, or after am/bis/ab/nächsten", () => {
		expect(rejectProse(match("Fr", "Termin ", ". 10 Uhr"), REF, false)).toBeUndefined();
		expect(rejectProse(match("Fr", "Anruf ", "."), REF, false)).toBeUndefined();
		expect(rejectProse(match("Fr.", "am ", " Schmitt anrufen"), REF, false)).toBeUndefined();
	});
});
