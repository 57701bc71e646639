import { describe, expect, it } from "vitest";
import { setScalar } from "../../../src/core/frontmatter/edit-keys";
import { recordPhase } from "../../../src/core/phases/record-phase";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";

/** The written text, or null for a refusal. */
const text = (r: unknown): string | null =>
	typeof r === "string" ? r : (r as { ok: boolean; text?: string }).ok ? ((r as { text: string }).text ?? null) : null;
const phase = (note: string, p: string, reason?: string) => text(recordPhase(note, { phase: p, date: "2026-11-23", ...(reason ? { reason } : {}) }, parseYaml));

describe("recording a phase in a compact list history", () => {
	const compact = "---\nphase: Gelegenheit\nphasen:\n- phase: Gelegenheit\n  datum: 2025-03-10\numsatz: 1000\n---\n";

	it("appends the entry in the same style and keeps the YAML valid", () => {
		expect(phase(compact, "Kennenlernen")).toBe(
			"---\nphase: Kennenlernen\nphasen:\n- phase: Gelegenheit\n  datum: 2025-03-10\n- phase: Kennenlernen\n  datum: 2026-11-23\numsatz: 1000\n---\n",
		);
	});

	it("with the list above phase, changes only the phase line and the appended entry", () => {
		const above = "---\nphasen:\n- phase: Gelegenheit\n  datum: 2025-03-10\nphase: Gelegenheit\n---\n";
		expect(phase(above, "Kennenlernen")).toBe(
			"---\nphasen:\n- phase: Gelegenheit\n  datum: 2025-03-10\n- phase: Kennenlernen\n  datum: 2026-11-23\nphase: Kennenlernen\n---\n",
		);
	});

	it("setting abc never takes a list entry for a key", () => {
		const note = "---\nliste:\n- abc: X\n  datum: 2025-03-10\nabc: B\n---\n";
		expect(text(setScalar(note, ["abc"], "A", parseYaml))).toBe(note.replace("abc: B", "abc: A"));
	});
});

describe("recording a phase in a flow history", () => {
	it("appends to a one-line flow list and keeps extra keys", () => {
		const note = "---\nphase: A\nphasen: [{phase: A, datum: 2025-01-01, grund: Messe, notiz: x}]\n---\n";
		expect(phase(note, "B")).toBe("---\nphase: B\nphasen: [{phase: A, datum: 2025-01-01, grund: Messe, notiz: x}, {phase: B, datum: 2026-11-23}]\n---\n");
	});

	it("appends to a multi-line flow list without a stray bracket", () => {
		const note =
			"---\nphase: B\nphasen: [\n  {phase: A, datum: 2025-01-01, notiz: x},\n  {phase: B, datum: 2025-02-01, grund: Messe} # zuletzt\n]\numsatz: 5\n---\n";
		expect(phase(note, "C")).toBe(
			"---\nphase: C\nphasen: [\n  {phase: A, datum: 2025-01-01, notiz: x},\n  {phase: B, datum: 2025-02-01, grund: Messe}, # zuletzt\n  {phase: C, datum: 2026-11-23}\n]\numsatz: 5\n---\n",
		);
	});

	it("appends to a flow map while the phase is new there", () => {
		const note = "---\nphase: A\nphasen: {A: 2025-01-01}\n---\n";
		expect(phase(note, "B")).toBe("---\nphase: B\nphasen: {A: 2025-01-01, B: 2026-11-23}\n---\n");
	});

	it("appends to a block map while the phase is new there", () => {
		const note = "---\nphase: Gelegenheit\nphasen:\n  Gelegenheit: 2025-03-10 # Messe\n---\n";
		expect(phase(note, "Kennenlernen")).toBe("---\nphase: Kennenlernen\nphasen:\n  Gelegenheit: 2025-03-10 # Messe\n  Kennenlernen: 2026-11-23\n---\n");
	});
});

describe("a frontmatter write refuses what it cannot edit safely", () => {
	const broken = '---\nphase: A\nphasen:\n  - phase: A\n    datum: 2025-01-01\nfirma: "Müller\n---\n';
	it.each([
		["a YAML error elsewhere", broken],
		["a history it does not understand", "---\nphase: A\nphasen: A seit 2025\n---\n"],
		["an alias in the history", "---\nalt: &h [{phase: A, datum: 2025-01-01}]\nphase: A\nphasen: *h\n---\n"],
		["a key written twice", "---\nphase: A\nphasen:\n  - phase: A\n    datum: 2025-01-01\nphases: []\n---\n"],
		["unclosed frontmatter", "---\nphase: A\nText\n"],
		["a JavaScript frontmatter", "---js\n{phase: 'A'}\n---\n"],
	])("refuses %s, writing nothing", (_what, note) => {
		const r = recordPhase(note, { phase: "B", date: "2026-11-23" }, parseYaml);
		expect(typeof r === "string" ? r : r).toMatchObject({ ok: false });
	});

	it("refuses a scalar write into broken YAML", () => {
		expect(setScalar("---\nabc: B\nfirma: [\n---\n", ["abc"], "A", parseYaml)).toMatchObject({ ok: false });
	});

	it("refuses an abc key written twice", () => {
		expect(setScalar("---\nabc: B\nABC: C\n---\n", ["abc"], "A", parseYaml)).toMatchObject({ ok: false });
	});
});

describe("comments and line endings", () => {
	it("keeps a comment on the phase line", () => {
		const note = "---\nphase: Kennenlernen # seit der Messe\nphasen:\n  - phase: Kennenlernen\n    datum: 2025-01-01\n---\n";
		expect(phase(note, "Vertiefung")).toBe(
			"---\nphase: Vertiefung # seit der Messe\nphasen:\n  - phase: Kennenlernen\n    datum: 2025-01-01\n  - phase: Vertiefung\n    datum: 2026-11-23\n---\n",
		);
	});

	it("takes a # inside quotes for part of the value, not a comment", () => {
		expect(text(setScalar('---\nabc: "B #1"\n---\n', ["abc"], "A", parseYaml))).toBe("---\nabc: A\n---\n");
	});

	it("keeps each line's own ending and the BOM; new lines take their neighbours' ending", () => {
		const note = "\uFEFF---\r\nphase: A\nphasen:\r\n  - phase: A\r\n    datum: 2025-01-01\r\nabc: B\n---\nText\r\n";
		expect(phase(note, "B")).toBe(
			"\uFEFF---\r\nphase: B\nphasen:\r\n  - phase: A\r\n    datum: 2025-01-01\r\n  - phase: B\r\n    datum: 2026-11-23\r\nabc: B\n---\nText\r\n",
		);
		expect(text(setScalar(note, ["abc"], "A", parseYaml))).toBe(note.replace("abc: B", "abc: A"));
	});
});
