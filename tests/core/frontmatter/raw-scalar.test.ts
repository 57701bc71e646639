import { describe, expect, it } from "vitest";
import { rawScalar } from "../../../src/core/frontmatter/raw-scalar";

describe("rawScalar: a top-level key's text as written", () => {
	const lines = [
		"typ: kunde",
		"Umsatz: 480.000 # laut Bilanz 2025",
		'potenzial: "1,2 Mio"',
		"revenue: 3",
		"ansprechpartner:",
		"  - umsatz: 7",
		"notiz: |",
		"  text",
	];

	it("reads the first listed key the note has, without comment or quotes", () => {
		expect(rawScalar(lines, ["umsatz", "revenue"])).toBe("480.000");
		expect(rawScalar(lines, ["potenzial", "potential"])).toBe("1,2 Mio");
		expect(rawScalar(lines, ["revenue"])).toBe("3");
	});

	it("ignores nested keys, block values and missing keys", () => {
		expect(rawScalar(["kontakt:", "  umsatz: 7"], ["umsatz"])).toBeNull();
		expect(rawScalar(lines, ["notiz"])).toBeNull();
		expect(rawScalar(lines, ["ansprechpartner"])).toBeNull();
		expect(rawScalar(lines, ["bedarf"])).toBeNull();
		expect(rawScalar(["'umsatz': '480.000 €'"], ["umsatz"])).toBe("480.000 €");
	});
});
