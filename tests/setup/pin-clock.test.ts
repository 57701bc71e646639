import { describe, expect, it, vi } from "vitest";
import { cli } from "../cli/cli-process";
import { PINNED_NOW } from "./pin-clock";

const pinnedDay = PINNED_NOW.slice(0, 10);

describe("the machine's clock in tests", () => {
	it("is pinned far from the example week, in the test workers", () => {
		// Asked of vitest, not read from Date: the fake clock is on and set to the pinned day.
		expect(vi.isFakeTimers()).toBe(true);
		expect(vi.getMockedSystemTime()?.toISOString().slice(0, 10)).toBe(pinnedDay);
		expect(pinnedDay.startsWith("2026-11")).toBe(false);
	});

	it("is pinned in the CLI processes the tests start, so `--today` falls back to the pinned day", () => {
		const result = cli("index", "examples/vault", "--json");
		expect(result.stderr).toBe("");
		expect((JSON.parse(result.stdout) as { today: string }).today).toBe(pinnedDay);
	});
});
