import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fenceRun, headingText } from "../../../src/core/markdown/line-structure";

const HEADING = /^#{1,6}[ \t]+([^]*?)[ \t#]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const line = fc
	.array(fc.constantFrom("#", "##", " ", "\t", "`", "```", "~", "~~~", "a", "C#", "ü", "\r", "\u2028", "\u00a0"), { maxLength: 10 })
	.map((parts) => parts.join(""));

describe("headingText", () => {
	it("reads ATX headings", () => {
		expect(headingText("## 2026-11-02 Planung")).toBe("2026-11-02 Planung");
		expect(headingText("# Titel ##  ")).toBe("Titel");
		expect(headingText("####### sieben")).toBeNull();
		expect(headingText("#Kein")).toBeNull();
		expect(headingText(" # eingerückt")).toBeNull();
	});

	it("agrees with the heading regex (property)", () => {
		fc.assert(fc.property(line, (l) => headingText(l) === (HEADING.exec(l)?.[1] ?? null)));
	});
});

describe("fenceRun", () => {
	it("reads backtick and tilde fences", () => {
		expect(fenceRun("  ````js")).toEqual({ char: 96, length: 4, end: 6 });
		expect(fenceRun("~~~")).toEqual({ char: 126, length: 3, end: 3 });
		expect(fenceRun("``")).toBeNull();
	});

	it("agrees with the fence regex (property)", () => {
		fc.assert(
			fc.property(line, (l) => {
				const run = fenceRun(l);
				const m = FENCE.exec(l);
				expect(run ? l.slice(run.end - run.length, run.end) : null).toBe(m?.[1] ?? null);
			}),
		);
	});
});
