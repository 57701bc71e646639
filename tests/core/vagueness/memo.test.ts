import { describe, expect, it } from "vitest";
import { parseYaml } from "../../../src/core/frontmatter/yaml-schema";
import { assembleIndex } from "../../../src/core/index/assemble";
import { createIndexContext } from "../../../src/core/index/context";
import { parseNote } from "../../../src/core/index/parse-note";
import { withDefaults } from "../../../src/core/settings/settings";
import { createVaguenessMemo } from "../../../src/core/vagueness/memo";
import { judge, toVaguenessInput } from "../../../src/core/vagueness/rules";

const TODAY = "2026-11-23";
const NOTE = { path: "Kunden/Müller.md", text: "---\nabc: A\nansprechpartner:\n  - name: Frau Gerens\n---\n- [ ] Um Rückruf bitten\n- [ ] Kontakt pflegen\n" };

describe("the vagueness rules' memo belongs to its caller", () => {
	it("fills the memo the index context owns, and a new context starts empty", () => {
		const settings = withDefaults({ extraVaguePhrases: ["Kontakt pflegen"] });
		const ctx = createIndexContext(settings, TODAY, parseYaml);
		assembleIndex([parseNote(NOTE, ctx)], ctx);
		expect([...ctx.vagueness.surnames.keys()]).toEqual(["Frau Gerens"]);
		expect([...ctx.vagueness.phrases.keys()]).toEqual(["Kontakt pflegen"]);
		const next = createIndexContext(settings, TODAY, parseYaml);
		expect(next.vagueness.surnames.size + next.vagueness.phrases.size).toBe(0);
	});

	it("judges the same with a shared memo, a fresh one, or one used for other people first", () => {
		const shared = createVaguenessMemo();
		const facts = (people: string[]) => ({ status: "open" as const, date: null, people, extraPhrases: ["Kontakt pflegen"], today: TODAY });
		const other = judge(toVaguenessInput("Frau Busch anrufen", { ...facts(["Petra Busch"]), memo: shared }), "de");
		const first = judge(toVaguenessInput("Um Rückruf bitten", { ...facts(["Frau Gerens"]), memo: shared }), "de");
		const fresh = judge(toVaguenessInput("Um Rückruf bitten", facts(["Frau Gerens"])), "de");
		expect(first).toEqual(fresh);
		expect(first.suggestion).toContain("Gerens");
		expect(other.suggestion).not.toContain("Gerens");
	});
});
