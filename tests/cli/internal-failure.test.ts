import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/core/index/build-index", () => ({
	buildIndex: () => {
		throw new TypeError("index kaputt");
	},
}));

const { run } = await import("../../src/cli/run");

describe("a failure of the CLI itself", () => {
	it("exits 3 with one sentence in the chosen language, never a stack trace nor lint's 1", () => {
		const root = mkdtempSync(join(tmpdir(), "kd-internal-"));
		for (const [lang, sentence] of [
			["de", "Interner Fehler: index kaputt\n"],
			["en", "Internal error: index kaputt\n"],
		]) {
			let out = "";
			let err = "";
			const code = run(["lint", root, "--lang", lang as string], { out: (t) => (out += t), err: (t) => (err += t) }, () => "2026-11-23");
			expect({ code, out, err }).toEqual({ code: 3, out: "", err: sentence });
		}
	});
});
