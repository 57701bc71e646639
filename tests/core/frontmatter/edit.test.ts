import { describe, expect, it } from "vitest";
import { setScalar, yamlScalar } from "../../../src/core/frontmatter/edit-keys";
import { recordPhase } from "../../../src/core/phases/record-phase";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";

/** The written text; a refusal fails the test. */
const written = (r: { ok: true; text: string } | { ok: false; reason: string }): string => (r.ok ? r.text : `refused: ${r.reason}`);

const note = [
	"---",
	"typ: kunde",
	"# ABC nach Umsatz 2025",
	"abc: B # vorläufig",
	"phase: Kennenlernen",
	"phasen:",
	"  - phase: Gelegenheit",
	"    datum: 2025-03-10",
	"  - phase: Kennenlernen",
	"    datum: 2025-04-02",
	"strategie: 'Partner werden: langfristig'",
	"---",
	"# Körper bleibt",
	"",
].join("\n");

describe("frontmatter key edits keep everything they do not own", () => {
	it("sets abc and keeps comments, order, quoting and the body", () => {
		const out = written(setScalar(note, ["abc"], "A", parseYaml));
		expect(out).toBe(note.replace("abc: B # vorläufig", "abc: A # vorläufig"));
	});

	it("adds a missing key before the closing fence, and a frontmatter when there is none", () => {
		expect(written(setScalar("---\ntyp: kunde\n---\nText\n", ["abc"], "C", parseYaml))).toBe("---\ntyp: kunde\nabc: C\n---\nText\n");
		expect(written(setScalar("Text\n", ["abc"], "C", parseYaml))).toBe("---\nabc: C\n---\nText\n");
	});

	it("keeps BOM and CRLF", () => {
		const crlf = "\uFEFF" + note.replace(/\n/g, "\r\n");
		expect(written(setScalar(crlf, ["abc"], "A", parseYaml))).toBe(crlf.replace("abc: B # vorläufig", "abc: A # vorläufig"));
	});

	it("quotes only where YAML needs it", () => {
		expect(yamlScalar("Intime Phase")).toBe("Intime Phase");
		expect(yamlScalar("Ich-Du-Wir")).toBe("Ich-Du-Wir");
		expect(yamlScalar("no")).toBe('"no"');
		expect(yamlScalar("Grund: Wechsel")).toBe('"Grund: Wechsel"');
	});
});

describe("recording a phase", () => {
	it("appends to a list history in its own indentation and sets phase", () => {
		const out = written(recordPhase(note, { phase: "Vertiefung", date: "2026-11-23" }, parseYaml));
		expect(out).toBe(
			note
				.replace("phase: Kennenlernen\nphasen:", "phase: Vertiefung\nphasen:")
				.replace("    datum: 2025-04-02\n", "    datum: 2025-04-02\n  - phase: Vertiefung\n    datum: 2026-11-23\n"),
		);
	});

	it("appends to a map history while the phase is new there", () => {
		const map = "---\nphase: Kennenlernen\nphasen:\n  Gelegenheit: 2025-03-10\n  Kennenlernen: 2025-04-02\numsatz: 1000\n---\n";
		expect(written(recordPhase(map, { phase: "Vertiefung", date: "2026-11-23" }, parseYaml))).toBe(
			"---\nphase: Vertiefung\nphasen:\n  Gelegenheit: 2025-03-10\n  Kennenlernen: 2025-04-02\n  Vertiefung: 2026-11-23\numsatz: 1000\n---\n",
		);
	});

	it("writes a map out as a list when a restart repeats a phase, with the reason", () => {
		const map = "---\nphase: Kennenlernen\nphasen:\n  Gelegenheit: 2025-03-10\n  Kennenlernen: 2025-04-02\n---\n";
		expect(written(recordPhase(map, { phase: "Gelegenheit", date: "2026-11-23", reason: "Herr Kaiser hat das Unternehmen verlassen" }, parseYaml))).toBe(
			[
				"---",
				"phase: Gelegenheit",
				"phasen:",
				"  - phase: Gelegenheit",
				"    datum: 2025-03-10",
				"  - phase: Kennenlernen",
				"    datum: 2025-04-02",
				"  - phase: Gelegenheit",
				"    datum: 2026-11-23",
				"    grund: Herr Kaiser hat das Unternehmen verlassen",
				"---",
				"",
			].join("\n"),
		);
	});

	it("starts a history when there is none", () => {
		expect(written(recordPhase("---\ntyp: kunde\n---\n", { phase: "Gelegenheit", date: "2026-11-23" }, parseYaml))).toBe(
			"---\ntyp: kunde\nphase: Gelegenheit\nphasen:\n  - phase: Gelegenheit\n    datum: 2026-11-23\n---\n",
		);
	});
});
