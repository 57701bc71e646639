import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { literalGate, mayMatchAny } from "../../../src/core/text/literal-gate";

const DAY = /(^|[^\p{L}])dienstag/iu;
const WEEK = /\bkw\s*\d+/i;

describe("literalGate's shared lower-casing", () => {
	it("answers for a text the same whatever was gated before it", () => {
		const day = literalGate(DAY);
		const any = mayMatchAny([DAY, WEEK]);
		const text = fc.oneof(fc.string(), fc.constantFrom("Anruf DIENSTAG", "Dienſtag", "KW 49", "dienstag"));
		fc.assert(
			fc.property(text, text, (before, after) => {
				day(after);
				const alone = [day(after), any?.(after)];
				day(before);
				any?.(before);
				expect([day(after), any?.(after)]).toEqual(alone);
				if (DAY.test(after)) expect(alone[0]).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});
});
