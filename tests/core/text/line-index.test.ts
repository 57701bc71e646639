import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../../src/core/text/line-index";
import { splitLines } from "../../../src/core/text/lines";

const text = fc.array(fc.constantFrom("a", " ", "\t", "-", "ü", "\r", "\n", "\r\n", "\uFEFF"), { maxLength: 14 }).map((parts) => parts.join(""));

describe("LineIndex", () => {
	it("gives the lines splitLines gives, without BOM and line breaks", () => {
		const lines = new LineIndex("\uFEFF---\r\ntyp: kunde\r\n---\n  - [ ] eins\r\n");
		expect(lines.length).toBe(5);
		expect([0, 1, 2, 3, 4].map((i) => lines.at(i))).toEqual(["---", "typ: kunde", "---", "  - [ ] eins", ""]);
		expect(lines.firstCode(3)).toBe(45);
		expect(lines.firstCode(4)).toBeNaN();
		expect(lines.at(9)).toBe("");
	});

	it("agrees with splitLines on every line and first character (property)", () => {
		fc.assert(
			fc.property(text, (t) => {
				const lines = new LineIndex(t);
				const split = splitLines(t);
				expect(lines.length).toBe(split.length);
				split.forEach((line, i) => {
					expect(lines.at(i)).toBe(line);
					expect(lines.firstCode(i)).toBe(line.charCodeAt(line.length - line.replace(/^[ \t]+/, "").length));
				});
			}),
		);
	});
});

describe("LineIndex.holdsCode", () => {
	it("looks within the line only", () => {
		const lines = new LineIndex("- eins\r\n- [[zwei]]\n- drei [");
		expect([0, 1, 2].map((i) => lines.holdsCode(i, 91))).toEqual([false, true, true]);
		expect(new LineIndex("a\r\n[").holdsCode(0, 13)).toBe(false);
	});
});
