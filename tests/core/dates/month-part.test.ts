import { describe, expect, it } from "vitest";
import { read, span } from "./helpers";

describe("Anfang, Mitte, Ende of a named month", () => {
	it("name one day, by the year rule when no year is written", () => {
		expect(span("Anfang Juni Messe planen", "2026-11-23", true)).toBe("2027-06-01");
		expect(span("Anfang Juni Messe planen", "2026-11-23", false)).toBe("2026-06-01");
		expect(span("Ende Oktober", "2026-11-23", true)).toBe("2026-10-31");
		expect(span("Ende Februar", "2027-03-01", true)).toBe("2027-02-28");
		expect(read("Ende Januar")).toEqual({ date: "2027-01-31", dateEnd: null, relative: false });
	});
});
