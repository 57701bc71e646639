import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleIndex } from "../../../src/core/index/assemble";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { createIndexContext } from "../../../src/core/index/context";
import { IndexState } from "../../../src/core/index/index-state";
import type { ParsedNote } from "../../../src/core/index/note";
import { parseNote } from "../../../src/core/index/parse-note";
import { withDefaults } from "../../../src/core/settings/settings";
import { TODAY } from "./build";

const ctx = createIndexContext(withDefaults(), TODAY, parseYaml);

/** Each path can take several texts: customer or not, other revenue, other people, other links. */
const VARIANTS: Record<string, string[]> = {
	"Kunden/Müller.md": [
		"---\nabc: A\numsatz: 500000\nansprechpartner:\n  - name: Frau Gerens\n---\n- [x] Frau Gerens angerufen ✅ 2026-11-20\n- [ ] Konzept vorstellen 📅 2026-11-26\n",
		"---\nabc: B\numsatz: 100\nphase: Vertrauen\n---\n- [ ] Um Rückruf bitten\n",
		"---\nabc: A\numsatz: 500000\nansprechpartner:\n  - name: Herr Kaiser\n---\n",
		// Same lines, moved down and done a day later: a kept verdict must still take the new line and date.
		"---\nabc: A\numsatz: 500000\nansprechpartner:\n  - name: Frau Gerens\n---\n# Neu\n- [x] Frau Gerens angerufen ✅ 2026-11-21\n- [ ] Konzept vorstellen 📅 2026-11-26\n",
	],
	"Kunden/Schulz.md": [
		"---\nabc: C\numsatz: 20000\n---\n- [ ] Auf Entscheidung warten\n",
		"---\numsatz: 900000\n---\n- [x] besucht ✅ 2026-10-01\n",
		// Lifted to A while its potential reaches the smallest A revenue (Müller's, which changes too).
		"---\nabc: C\numsatz: 20.000\npotenzial: 0,5 Mio\n---\n- [x] besucht ✅ 2026-11-10\n",
	],
	"Notizen/Hahn.md": ["---\ntyp: kunde\numsatz: 50000\n---\n- [ ] Herrn Hahn anrufen 📅 2026-11-24\n", "# Hahn ist kein Kunde mehr\n- [ ] [[Müller]] fragen\n"],
	"Tagesnotizen/2026-11-20.md": [
		"- Telefonat mit [[Müller]]\n- [ ] [[Schulz]] Muster schicken 📅 2026-11-27\n",
		"- [x] [[Hahn]] mit Frau Gerens gesprochen\n",
		"- Nichts mit Kunden\n",
		"- Treffen mit [[Schulz]] und [[Müller]] und [[Hahn]]\n",
		// "Gerens" is a person only while Müller's dossier names her.
		"- [ ] [[Müller]] Muster an Gerens schicken 📅 2026-11-27\n",
		"- Neue Zeile davor\n- [ ] [[Müller]] Muster an Gerens schicken 📅 2026-11-27\n",
	],
	"Notizen/Besuch.md": [
		"---\nerstellt: 2026-11-01\n---\n- [ ] [[Müller]] übermorgen besuchen\n",
		// The same line under a dated heading counts from another day: its kept dates must not be reused.
		"---\nerstellt: 2026-11-01\n---\n## 2026-11-10 Planung\n- [ ] [[Müller]] übermorgen besuchen\n",
		"---\nfirma: 'kaputt\n---\n- [ ] [[Schulz]] anrufen\n",
	],
};
const PATHS = Object.keys(VARIANTS);
const parse = (path: string, k: number): ParsedNote => parseNote({ path, text: VARIANTS[path]?.[k % (VARIANTS[path]?.length ?? 1)] ?? "" }, ctx);

const operation = fc.oneof(
	fc.record({ kind: fc.constant("update" as const), path: fc.constantFrom(...PATHS), variant: fc.nat(7) }),
	fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }),
);

describe("incremental index state", () => {
	it("equals a full rebuild after any sequence of edits (property)", () => {
		fc.assert(
			fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
				const current = new Map(PATHS.map((p) => [p, parse(p, 0)]));
				const state = new IndexState(ctx, current.values());
				for (const op of operations) {
					if (op.kind === "update") {
						// The state gets what the plugin gives it (a re-parse that knows the previous one); the rebuild a fresh parse.
						const text = VARIANTS[op.path]?.[op.variant % (VARIANTS[op.path]?.length ?? 1)] ?? "";
						current.set(op.path, parse(op.path, op.variant));
						state.update(parseNote({ path: op.path, text }, ctx, state.parsed(op.path)));
					} else {
						current.delete(op.path);
						state.remove(op.path);
					}
				}
				expect(state.result()).toEqual(assembleIndex([...current.values()], ctx));
			}),
			{ numRuns: 200 },
		);
	});

	it("keeps the result until something changes", () => {
		const state = new IndexState(
			ctx,
			PATHS.map((p) => parse(p, 0)),
		);
		const first = state.result();
		expect(state.result()).toBe(first);
		state.update(parse("Tagesnotizen/2026-11-20.md", 1));
		expect(state.result()).not.toBe(first);
	});

	it("judges an unchanged line again when its customer's people change: the suggestion names the new one", () => {
		const customer = (name: string) => ({ path: "Kunden/Müller.md", text: `---\nansprechpartner:\n  - name: ${name}\n---\n` });
		const daily = parseNote({ path: "Tagesnotizen/2026-11-20.md", text: "- [ ] [[Müller]] Um Rückruf bitten\n" }, ctx);
		const state = new IndexState(ctx, [parseNote(customer("Frau Gerens"), ctx), daily]);
		const suggestion = () => state.result().activities.find((a) => a.path === daily.path)?.suggestion ?? "";
		expect(suggestion()).toContain("Frau Gerens");
		state.update(parseNote(customer("Herr Kaiser"), ctx, state.parsed("Kunden/Müller.md")));
		expect(suggestion()).toContain("Herrn Kaiser");
		expect(suggestion()).not.toContain("Gerens");
	});
});
