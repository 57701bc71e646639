import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDateExtractor } from "../../../src/core/dates/extract";
import { buildIndex } from "../../../src/core/index/build-index";
import { withDefaults } from "../../../src/core/settings/settings";

// Text of any kind: lone surrogate halves, control characters, line breaks of every sort, the
// markers the scan looks for, and long runs of one of them.
const piece = fc.oneof(
	fc.string({ unit: "binary", maxLength: 8 }),
	fc.constantFrom(
		"\ud800",
		"\udfff",
		"\u0000",
		"\u001b",
		"\r",
		"\n",
		"\r\n",
		"\u2028",
		"\u2029",
		"\ufeff",
		"---",
		"- [ ] ",
		"## ",
		"```",
		"[[",
		"]]",
		"[",
		"](",
		"`",
		"::",
		"📅 ",
		"typ: kunde",
		"2026-11-25",
		"morgen",
	),
	fc.tuple(fc.constantFrom("[", "`", "[[x|", "a", "1", " ", "\ud800", "📅"), fc.integer({ min: 1000, max: 20_000 })).map(([s, n]) => s.repeat(n)),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

describe("on any text", () => {
	const dates = createDateExtractor();

	it("the date reader never throws", () => {
		fc.assert(
			fc.property(text, (t) => {
				const found = dates.extract(t, "2026-11-23");
				expect(found.date === null || /^\d{4}-\d{2}-\d{2}$/.test(found.date)).toBe(true);
				dates.firstDate(t, "2026-11-23");
			}),
			{ numRuns: 150 },
		);
	});

	it("the index never throws, whether a note is a customer's or links one", () => {
		fc.assert(
			fc.property(text, text, (a, b) => {
				const notes = [
					{ path: "Kunden/K.md", text: a },
					{ path: "Notizen/n.md", text: `- [[K]] ${b}` },
					{ path: "Tagesnotizen/2026-11-20.md", text: b },
				];
				expect(() => buildIndex(notes, withDefaults(), "2026-11-23")).not.toThrow();
			}),
			{ numRuns: 100 },
		);
	});
});
