import { describe, expect, it } from "vitest";
import { earliest } from "../../../src/core/dates/found";
import { createNaturalParser } from "../../../src/core/dates/natural";

// Monday 23 November 2026.
const REF = "2026-11-23";
const natural = createNaturalParser();
const first = (text: string) => earliest(natural.find(text, REF)) ?? undefined;

describe("the natural-language parser", () => {
	it("reads our own forms without chrono-node", () => {
		expect(first("morgen Herrn Meier anrufen")).toMatchObject({ date: "2026-11-24", source: "relative-day" });
		expect(first("Angebot nächste Woche")).toMatchObject({ date: "2026-11-30", end: "2026-12-06" });
		expect(first("call back Friday")).toMatchObject({ date: "2026-11-27", source: "weekday" });
	});

	it("leaves the long tail to chrono-node, refined", () => {
		expect(first("Treffen letzte Woche")).toMatchObject({ date: "2026-11-16", source: "natural-de" });
		expect(first("see you 3 days from now")).toMatchObject({ date: "2026-11-26", source: "natural-en" });
	});

	it("finds nothing in prose", () => {
		for (const text of ["Ich mache das so", "we may call", "am Morgen anrufen", "Fr. Schmitt anrufen"]) expect(first(text), text).toBeUndefined();
	});
});
