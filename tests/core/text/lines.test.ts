import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "../../../src/core/text/lines";

describe("splitLines", () => {
	it("ends lines at LF and CRLF and drops a leading BOM", () => {
		expect(splitLines("\uFEFFa\r\nb\nc")).toEqual(["a", "b", "c"]);
		expect(splitLines("a\r\n")).toEqual(["a", ""]);
		expect(splitLines("")).toEqual([""]);
	});

	it("keeps a carriage return that ends no line", () => {
		expect(splitLines("a\rb\r\nc\r")).toEqual(["a\rb", "c\r"]);
		expect(splitLines("a\r\r\nb")).toEqual(["a\r", "b"]);
	});

	it("splits like /\\r?\\n/ after the BOM, for any text (property)", () => {
		const text = fc.array(fc.constantFrom("a", "ü", " ", "\r", "\n", "\r\n", "\uFEFF")).map((parts) => parts.join(""));
		fc.assert(
			fc.property(text, (s) => {
				const expected = (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s).split(/\r?\n/);
				expect(splitLines(s)).toEqual(expected);
			}),
		);
	});
});
