import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_KEYS } from "../../../src/core/dossier/keys";
import { setScalar, valueOf, type FrontmatterEdit } from "../../../src/core/frontmatter/edit-keys";
import { recordPhase } from "../../../src/core/phases/record-phase";
import { readData } from "../../../src/core/frontmatter/edit-result";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { readHistory } from "../../../src/core/phases/history";

/** A generated frontmatter piece: its lines (without endings) and what it is. */
interface Piece {
	kind: "other" | "phase" | "history" | "abc" | "firma";
	lines: string[];
	flowMap?: boolean;
	/** A comment on the key's line, which a write must keep. */
	comment?: string;
}

const PHASES = ["Gelegenheit", "Kennenlernen", "Vertiefung", "Ich-Du-Wir", "Neu: Start"];
const phaseName = fc.constantFrom(...PHASES);
const day = fc.constantFrom("2025-01-01", "2025-03-10", "2026-02-01");
const scalar = fc.constantFrom("Süd", "'Partner: langfristig'", '"A # kein Kommentar"', "1000", "'it''s'", '"Klammer ] und , Komma"', "ja bitte");
const comment = fc.option(fc.constantFrom(" # Notiz", "  # seit der Messe", " #"), { nil: "" });
const q = (s: string) => (s.includes(":") ? `"${s}"` : s);

const extra = fc.option(fc.constantFrom("grund: Messe", 'notiz: "x, y ] z"', "grund: 'a # b'"), { nil: null });
const entry = fc.record({ phase: phaseName, date: day, extra });

const history: fc.Arbitrary<Piece> = fc.oneof(
	fc.tuple(fc.constantFrom("", "  ", "    "), fc.array(entry, { minLength: 1, maxLength: 3 }), comment).map(([indent, es, c]) => ({
		kind: "history" as const,
		lines: [
			`phasen:${c}`,
			...es.flatMap((e) => [`${indent}- phase: ${q(e.phase)}`, `${indent}  datum: ${e.date}`, ...(e.extra ? [`${indent}  ${e.extra}`] : [])]),
		],
	})),
	fc.tuple(fc.array(entry, { maxLength: 3 }), fc.boolean()).map(([es, multi]) => {
		const items = es.map((e) => `{phase: ${q(e.phase)}, datum: ${e.date}${e.extra ? `, ${e.extra}` : ""}}`);
		return {
			kind: "history" as const,
			lines: multi ? ["phasen: [", ...items.map((it, i) => `  ${it}${i < items.length - 1 ? "," : ""}`), "]"] : [`phasen: [${items.join(", ")}]`],
		};
	}),
	fc
		.uniqueArray(fc.tuple(phaseName, day), { minLength: 1, maxLength: 3, selector: ([p]) => p })
		.map((es) => ({ kind: "history" as const, lines: ["phasen:", ...es.map(([p, d]) => `  ${q(p)}: ${d}`)] })),
	fc
		.uniqueArray(fc.tuple(phaseName, day), { minLength: 1, maxLength: 3, selector: ([p]) => p })
		.map((es) => ({ kind: "history" as const, flowMap: true, lines: [`phasen: {${es.map(([p, d]) => `${q(p)}: ${d}`).join(", ")}}`] })),
);

const others = fc.array(
	fc.oneof(
		fc
			.tuple(fc.constantFrom("typ", "region", "strategie", "umsatz", "notiz"), scalar, comment)
			.map(([k, v, c]): Piece => ({ kind: "other", lines: [`${k}: ${v}${c}`] })),
		fc.constantFrom(["# Kommentar"], [""], ["liste:", "- phase: Fremd", "  abc: X"]).map((lines): Piece => ({ kind: "other", lines: [...lines] })),
	),
	{ maxLength: 5 },
);

const note = fc
	.record({
		others: others.map((o) =>
			o.map((p, i) =>
				p.lines[0]?.includes(":") && !p.lines[0].startsWith("#") ? { ...p, lines: p.lines.map((l, j) => (j === 0 ? l.replace(/^(\w+)/, `$1${i}`) : l)) } : p,
			),
		),
		phase: fc.option(
			fc.tuple(phaseName, comment).map(([p, c]) => ({ kind: "phase" as const, lines: [`phase: ${q(p)}${c}`], comment: c })),
			{ nil: null },
		),
		history: fc.option(history, { nil: null }),
		abc: fc.option(
			fc.tuple(fc.constantFrom("A", "B", '"C"'), comment).map(([v, c]) => ({ kind: "abc" as const, lines: [`abc: ${v}${c}`], comment: c })),
			{ nil: null },
		),
		order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
		bom: fc.boolean(),
		endings: fc.oneof(fc.constant(["\n"]), fc.constant(["\r\n"]), fc.array(fc.constantFrom("\n", "\r\n"), { minLength: 60, maxLength: 60 })),
	})
	.map(({ others, phase, history, abc, order, bom, endings }) => {
		const pieces: Piece[] = [...others];
		for (const [k, p] of [phase, history, abc].entries()) if (p) pieces.splice((order[k] ?? 0) % (pieces.length + 1), 0, p);
		let e = 0;
		const text = (lines: string[]) => lines.map((l) => l + (endings[e++ % endings.length] as string)).join("");
		const chunks = [
			{ kind: "other" as const, text: (bom ? "\uFEFF" : "") + text(["---"]) },
			...pieces.map((p) => ({ ...p, text: text(p.lines) })),
			{ kind: "fence" as const, text: text(["---", "# Text"]) },
		];
		const comments = Object.fromEntries(pieces.filter((p) => p.comment).map((p) => [p.kind, p.comment as string]));
		return { chunks, text: chunks.map((c) => c.text).join(""), flowMap: Boolean(history?.flowMap), comments };
	});

/** Every chunk not owned stays as it was, in order; owned chunks and new lines before the closing fence may differ. */
function unownedKept(chunks: Array<{ kind: string; text: string }>, owned: readonly string[], out: string): boolean {
	const runs: string[] = [""];
	for (const c of chunks) {
		if (owned.includes(c.kind) || c.kind === "fence") runs.push("");
		if (!owned.includes(c.kind)) runs[runs.length - 1] += c.text;
	}
	let pos = 0;
	for (const [i, run] of runs.entries()) {
		const at = i === 0 ? 0 : i === runs.length - 1 ? out.length - run.length : out.indexOf(run, pos);
		if (at < pos || out.slice(at, at + run.length) !== run) return false;
		pos = at + run.length;
	}
	return true;
}

/** A note with one kind of line ending keeps it on every line, new ones too. */
function endingsKept(before: string, after: string): boolean {
	const bare = (t: string) => /(^|[^\r])\n/.test(t);
	return (bare(before) || !bare(after)) && (before.includes("\r") || !after.includes("\r"));
}

const ok = (r: FrontmatterEdit): string => (r.ok ? r.text : `refused: ${r.reason}`);

describe("every frontmatter writer changes only the key it owns", () => {
	it("setting a scalar key: other bytes kept, reads back, same bytes when written again", () => {
		const writers = [
			{ kind: "abc", keys: FIELD_KEYS.abc },
			{ kind: "phase", keys: FIELD_KEYS.phase },
			{ kind: "firma", keys: FIELD_KEYS.name },
		] as const;
		fc.assert(
			fc.property(
				note,
				fc.constantFrom(...writers),
				fc.oneof(fc.constantFrom("A", "Kennenlernen", "Müller & Söhne", "no", "12", "a: b # c", "Zeile\nzwei"), fc.string({ maxLength: 12 })),
				(n, w, value) => {
					const r = setScalar(n.text, w.keys, value, parseYaml);
					if (!r.ok) return r.reason === "unverified";
					expect(unownedKept(n.chunks, [w.kind], r.text)).toBe(true);
					expect(endingsKept(n.text, r.text)).toBe(true);
					expect(r.text).toContain(n.comments[w.kind] ?? "");
					expect(valueOf(readData(r.text, parseYaml) ?? {}, w.keys)).toBe(value);
					expect(ok(setScalar(r.text, w.keys, value, parseYaml))).toBe(r.text);
					return true;
				},
			),
			{ numRuns: 200 },
		);
	});

	it("recording a phase: other bytes kept, the phase and the history read back with one entry more", () => {
		fc.assert(
			fc.property(note, phaseName, fc.option(fc.constantFrom("Neustart", "Frau K. ist gegangen # leider"), { nil: undefined }), (n, phase, reason) => {
				const before = readHistory(valueOf(readData(n.text, parseYaml) ?? {}, FIELD_KEYS.phases));
				const r = recordPhase(n.text, { phase, date: "2026-11-23", ...(reason ? { reason } : {}) }, parseYaml);
				if (!r.ok) {
					// Only a flow map cannot hold a phase twice or a reason.
					expect([r.reason, n.flowMap]).toEqual(["shape", true]);
					return true;
				}
				expect(unownedKept(n.chunks, ["phase", "history"], r.text)).toBe(true);
				expect(endingsKept(n.text, r.text)).toBe(true);
				expect(r.text).toContain(`phase: ${phase.includes(":") ? `"${phase}"` : phase}${n.comments.phase ?? ""}`);
				const data = readData(r.text, parseYaml) ?? {};
				expect(valueOf(data, FIELD_KEYS.phase)).toBe(phase);
				expect(readHistory(valueOf(data, FIELD_KEYS.phases))).toEqual([...before, { phase, date: "2026-11-23" }]);
				return true;
			}),
			{ numRuns: 200 },
		);
	});
});
