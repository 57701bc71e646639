import { describe, expect, it } from "vitest";
import { span } from "./helpers";

describe("day and month name, and their ranges", () => {
	it.each([
		["3.-5. März 2027", "2027-03-03…2027-03-05"],
		["Messe 10. bis 22. Oktober", "2026-10-10…2026-10-22"],
		["vom 3. bis 5. März", "2027-03-03…2027-03-05"],
		["10. August - 12. Oktober 2013", "2013-08-10…2013-10-12"],
		["Am 15. November", "2026-11-15"],
	])("%s → %s", (text, expected) => expect(span(text)).toBe(expected));

	it("an open task's day without a year looks forward", () => {
		expect(span("Am 15. Juni Angebot", "2026-11-23", true)).toBe("2027-06-15");
		expect(span("Am 15. Juni Angebot", "2026-11-23", false)).toBe("2026-06-15");
		expect(span("Am 15. Juni 2026 Angebot", "2026-11-23", true)).toBe("2026-06-15");
	});
});
