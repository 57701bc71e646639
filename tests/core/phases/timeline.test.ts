import { describe, expect, it } from "vitest";
import { KUNDENHERZ, BEZIEHUNG } from "../../../src/core/phases/builtin-models";
import { timeline } from "../../../src/core/phases/timeline";

const names = (m: typeof KUNDENHERZ) => m.phases.map((p) => p.name);
const states = (steps: ReturnType<typeof timeline>) => steps.map((s) => s.state);

describe("phase timeline", () => {
	it("dates passed phases and marks the current one", () => {
		const steps = timeline(
			names(KUNDENHERZ),
			[
				{ phase: "Gelegenheit", date: "2025-03-10" },
				{ phase: "Kennenlernen", date: "2025-04-02" },
				{ phase: "Vertiefung", date: "2025-09-15" },
			],
			2,
		);
		expect(states(steps)).toEqual(["passed", "passed", "current", "future", "future"]);
		expect(steps.map((s) => s.date)).toEqual(["2025-03-10", "2025-04-02", "2025-09-15", null, null]);
	});

	it("marks phases the history jumped over as skipped", () => {
		const steps = timeline(
			names(KUNDENHERZ),
			[
				{ phase: "Kennenlernen", date: "2025-04-02" },
				{ phase: "Vertrauen", date: "2025-06-01" },
			],
			3,
		);
		expect(states(steps)).toEqual(["passed", "passed", "skipped", "current", "future"]);
	});

	it("shows a move back and keeps the latest date of a phase visited twice", () => {
		const history = [
			{ phase: "Verliebtheit", date: "2025-01-01" },
			{ phase: "Ernüchterung", date: "2025-03-01" },
			{ phase: "Machtkampf", date: "2025-06-01" },
			{ phase: "Ernüchterung", date: "2025-09-01" },
		];
		const steps = timeline(names(BEZIEHUNG), history, 1);
		expect(states(steps)).toEqual(["passed", "current", "future", "future", "future"]);
		expect(steps[1]?.date).toBe("2025-09-01");
		expect(steps[2]).toMatchObject({ date: "2025-06-01", leftBackwards: true });
	});

	it("has no current step for an unknown phase", () => {
		expect(states(timeline(names(KUNDENHERZ), [], -1))).toEqual(["future", "future", "future", "future", "future"]);
	});
});
