import { describe, expect, it } from "vitest";
import { de } from "../../../src/core/i18n/de";
import { en } from "../../../src/core/i18n/en";
import { LANGS } from "../../../src/core/i18n/lang";
import type { ActivityStatus } from "../../../src/core/model/activity";
import type { RuleExamples, VaguenessRule } from "../../../src/core/vagueness/rule";
import { toVaguenessInput } from "../../../src/core/vagueness/rules";

/** The date examples assume unless they say otherwise. */
export const SOME_DAY = "2026-11-30";
/** The day of the analysis examples assume: a Monday, so suggestions propose Tuesday 2026-11-24. */
export const TODAY = "2026-11-23";

export function input(
	text: string,
	opts: { date?: string | null; people?: string[]; extra?: string[]; status?: ActivityStatus; floating?: boolean; today?: string | null } = {},
) {
	const date = opts.date === undefined ? SOME_DAY : opts.date;
	const today = opts.today === undefined ? TODAY : opts.today;
	return toVaguenessInput(text, {
		status: opts.status ?? "open",
		date,
		people: opts.people ?? [],
		extraPhrases: opts.extra ?? [],
		floating: opts.floating ?? false,
		today,
	});
}

export function fires(rule: VaguenessRule, text: string, opts: Parameters<typeof input>[1] = {}): boolean {
	return rule.check(input(text, opts), "de") !== null;
}

/** Runs a rule's own examples: they document the rule and are its first tests. */
export function runExamples(rule: VaguenessRule, ruleExamples: RuleExamples): void {
	describe(`${rule.code}: own examples`, () => {
		for (const lang of LANGS) {
			const examples = ruleExamples[lang];
			it(`has 4 to 10 ${lang} examples, firing and not firing`, () => {
				expect(examples.length).toBeGreaterThanOrEqual(4);
				expect(examples.length).toBeLessThanOrEqual(10);
				expect(examples.some((e) => e.fires)).toBe(true);
				expect(examples.some((e) => !e.fires)).toBe(true);
			});
			it.each(examples.map((e) => [e.fires ? "fires on" : "stays quiet on", e.text, e] as const))(`${lang}: %s „%s“`, (_what, text, e) => {
				const result = rule.check(input(text, { date: e.date, people: e.people, floating: e.floating }), lang);
				expect(result !== null).toBe(e.fires);
				if (result !== null) expect(result.length).toBeGreaterThan(10);
			});
		}
		it("has labels (the catalogues' reasons) and suggestions in both languages", () => {
			expect(de.reasons[rule.code]).not.toBe("");
			expect(en.reasons[rule.code]).not.toBe("");
			const firing = ruleExamples.de.find((e) => e.fires);
			if (!firing) throw new Error("no firing example");
			const at = input(firing.text, { date: firing.date, people: firing.people, floating: firing.floating });
			expect(rule.check(at, "de")).not.toBe(rule.check(at, "en"));
		});
	});
}
