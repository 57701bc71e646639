import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";
import { escapeJsonControls, forTerminal, isControl } from "../../src/cli/terminal-text";
import { capturing, tempVault } from "./temp-vault";

const ESC = "\x1b";
// A clipboard write (OSC 52), a screen clear, a C1 CSI, a bell, DEL, a bidi override and its pop.
const HOSTILE = `Evil${ESC}]52;c;ZWNobyBwd25lZA==\x07 GmbH${ESC}[2J${ESC}[H\x9b31m\x07\x7f\u202eFDP\u202c`;

const vault = tempVault;

const capture = capturing(run);

/** Characters of escape sequences and their neighbours, and any other of the first 12 288 code points. */
const CHARACTER = fc.oneof(
	fc.constantFrom(ESC, "[", "]", "P", "\\", ";", "2", "J", "\x07", "\x9b", "\x9c", "\x9d", "\x7f", "\u202e", "\u2069", "\r", "\n", "\t", "\0"),
	fc.integer({ min: 0, max: 0x2fff }).map((code) => String.fromCharCode(code)),
);

/** The control characters left in a text, as code points (tab and newline are text). */
const controls = (text: string) => [...text].map((c) => c.charCodeAt(0)).filter(isControl);

describe("terminal output carries no control sequences from notes", () => {
	const root = vault({
		"Kunden/K.md": `---\nfirma: "${HOSTILE.replaceAll(ESC, "\\e").replaceAll("\x07", "\\a").replace(/\x7f/g, "\\x7F").replace(/\x9b/g, "\\x9B")}"\nabc: Z\n---\n- [ ] Frau${ESC}[8m Gerens anrufen 📅 2026-11-23\n`,
		[`Notizen/${ESC}[31mRot.md`]: "---\ntyp: kunde\nfirma: [\n",
	});

	it("review, lint and the index summary print names and texts without them", () => {
		for (const argv of [
			["review", root, "--date", "2026-11-23", "--summary"],
			["lint", root],
			["index", root],
		]) {
			const { out, err } = capture(argv);
			expect(controls(out)).toEqual([]);
			expect(controls(err)).toEqual([]);
		}
		// The review escapes the name for Markdown first; what is left of it is plain text.
		expect(capture(["review", root, "--date", "2026-11-23"]).out).toMatch(/Evil .*GmbH .*FDP/);
		expect(capture(["lint", root]).out).toContain("Notizen/Rot.md: error:");
	});

	it("JSON output escapes them and keeps the data", () => {
		for (const argv of [
			["index", root, "--json"],
			["lint", root, "--json"],
		])
			expect(controls(capture(argv).out)).toEqual([]);
		const index = JSON.parse(capture(["index", root, "--json"]).out) as { customers: Array<{ name: string }> };
		expect(index.customers.map((c) => c.name)).toContain(HOSTILE);
	});

	it("escaping JSON leaves no control character and the same data", () => {
		fc.assert(
			fc.property(fc.string({ unit: CHARACTER, maxLength: 80 }), (text) => {
				const json = escapeJsonControls(JSON.stringify({ text }, null, 2));
				expect(controls(json)).toEqual([]);
				expect(JSON.parse(json)).toEqual({ text });
			}),
			{ numRuns: 200 },
		);
		expect(escapeJsonControls('"a\u0085b\u202ec"')).toBe('"a\\u0085b\\u202ec"');
	});

	it("strips every control character, and an unterminated sequence never swallows the next line", () => {
		fc.assert(
			fc.property(fc.string({ unit: CHARACTER, maxLength: 80 }), (text) => {
				const safe = forTerminal(text);
				expect(controls(safe)).toEqual([]);
				expect(forTerminal(safe)).toBe(safe);
			}),
			{ numRuns: 200 },
		);
		expect(forTerminal("Müller\tGmbH\n- 📅 2026-11-23 ‹ok›")).toBe("Müller\tGmbH\n- 📅 2026-11-23 ‹ok›");
		expect(forTerminal(`A${ESC}]52;c;Zm9v\nB${ESC}[31mC${ESC}[\nD`)).toBe("A\nBC\nD");
	});
});
