import { describe, expect, it } from "vitest";
import { span } from "./helpers";

describe("calendar weeks run Monday to Sunday", () => {
	it.each([
		["KW 49", "2026-11-30…2026-12-06"],
		["in KW49/2027", "2027-12-06…2027-12-12"],
		["Kalenderwoche 2", "2027-01-11…2027-01-17"],
		["Messe in KW 1", "2027-01-04…2027-01-10"],
		["week 49", "2026-11-30…2026-12-06"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("an open task's week without a year looks forward; a log's is the nearest", () => {
		// KW 30 of 2026 ended on 26 July, more than 60 days before the reference.
		expect(span("In KW 30 Hausmesse", "2026-11-23", true)).toBe("2027-07-26…2027-08-01");
		expect(span("In KW 30 Hausmesse", "2026-11-23", false)).toBe("2026-07-20…2026-07-26");
	});
});
