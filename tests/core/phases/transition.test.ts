import { describe, expect, it } from "vitest";
import { checkMove, nextPhase } from "../../../src/core/phases/transition";

const names = ["Gelegenheit", "Kennenlernen", "Vertiefung", "Vertrauen", "Intime Phase"];

describe("phase moves", () => {
	it("allows one step forward and any step back", () => {
		expect(checkMove(names, 1, "Vertiefung")).toEqual({ ok: true, phase: "Vertiefung" });
		expect(checkMove(names, 3, "Gelegenheit")).toEqual({ ok: true, phase: "Gelegenheit" });
		expect(checkMove(names, -1, "Gelegenheit")).toEqual({ ok: true, phase: "Gelegenheit" });
	});

	it("refuses a skip and names what would be skipped", () => {
		expect(checkMove(names, 1, "Intime Phase")).toEqual({ ok: false, reason: "skip", skipped: ["Vertiefung", "Vertrauen"] });
		expect(checkMove(names, -1, "Vertiefung")).toEqual({ ok: false, reason: "skip", skipped: ["Gelegenheit", "Kennenlernen"] });
		expect(checkMove(names, 2, "Vertiefung").ok).toBe(false);
		expect(checkMove(names, 2, "Hochzeit")).toMatchObject({ ok: false, reason: "unknown" });
	});

	it("knows the next phase", () => {
		expect(nextPhase(names, 1)).toBe("Vertiefung");
		expect(nextPhase(names, -1)).toBe("Gelegenheit");
		expect(nextPhase(names, 4)).toBeNull();
	});
});
